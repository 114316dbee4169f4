using System.Reflection;
using System.Runtime.CompilerServices;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Persistence.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Sessions;

/// <summary>
/// Writes a session's new papers with binary COPY, one statement per table (papers, their workflow
/// rows, consultations, history entries), instead of an INSERT per row through EF's change tracker.
/// The search triggers index each paper as its row arrives, as they do for an INSERT. The history
/// entries get their ids from the table's identity sequence first, as an INSERT would take them.
/// </summary>
internal sealed class CopiedNewPapers : INewPaperWriter
{
    private static readonly ConditionalWeakTable<IModel, Tables> ByModel = new();

    public async Task WriteAsync(DrucksachenDbContext db, IReadOnlyList<Paper> papers, IReadOnlyList<HistoryEntry> entries, CancellationToken ct)
    {
        var tables = ByModel.GetValue(db.Model, model => new Tables(model));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var paper in papers)
            foreach (var c in paper.Consultations)
                if (c.PaperId != paper.Id) Set(tables.ConsultationPaperId, c, paper.Id);
        await AssignIdsAsync(connection, tables, entries, ct);

        await tables.Papers.WriteAsync(connection, papers.Select(p => ((object)p, p.Id)), ct);
        await tables.Workflows.WriteAsync(connection, papers.Select(p => ((object)p.Workflow, p.Id)), ct);
        await tables.Consultations.WriteAsync(connection, papers.SelectMany(p => p.Consultations.Select(c => ((object)c, p.Id))), ct);
        await tables.History.WriteAsync(connection, entries.Select(e => ((object)e, e.PaperId)), ct);
    }

    private static async Task AssignIdsAsync(NpgsqlConnection connection, Tables tables, IReadOnlyList<HistoryEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        await using var command = new NpgsqlCommand(tables.NextHistoryIds, connection);
        command.Parameters.AddWithValue("count", entries.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        foreach (var entry in entries)
        {
            await reader.ReadAsync(ct);
            Set(tables.HistoryId, entry, reader.GetInt64(0));
        }
    }

    private static void Set(MemberInfo member, object target, object value)
    {
        if (member is FieldInfo field) field.SetValue(target, value);
        else ((PropertyInfo)member).SetValue(target, value);
    }

    private sealed class Tables
    {
        public Tables(IModel model)
        {
            var paper = model.FindEntityType(typeof(Paper))!;
            var consultation = model.FindEntityType(typeof(Consultation))!;
            var history = model.FindEntityType(typeof(HistoryEntry))!;
            var historyId = history.FindPrimaryKey()!.Properties.Single();
            Papers = new CopiedTable(paper);
            Workflows = new CopiedTable(paper.FindNavigation(nameof(Paper.Workflow))!.TargetEntityType);
            Consultations = new CopiedTable(consultation);
            History = new CopiedTable(history);
            ConsultationPaperId = consultation.FindProperty(nameof(Consultation.PaperId))!.GetMemberInfo(forMaterialization: true, forSet: true);
            HistoryId = historyId.GetMemberInfo(forMaterialization: true, forSet: true);
            NextHistoryIds = $"""SELECT nextval(pg_get_serial_sequence('"{history.GetTableName()}"', '{historyId.GetColumnName()}')) FROM generate_series(1, @count)""";
        }

        public CopiedTable Papers { get; }
        public CopiedTable Workflows { get; }
        public CopiedTable Consultations { get; }
        public CopiedTable History { get; }
        public MemberInfo ConsultationPaperId { get; }
        public MemberInfo HistoryId { get; }
        public string NextHistoryIds { get; }
    }
}
