using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// Reads and writes papers (their row, workflow row and consultations), history entries and
/// document versions with plain commands instead of EF queries and change tracking, which cost more
/// than the SQL itself on every workflow action. Tables, columns and value conversions are read once
/// from the EF model, so the mapping stays in Configurations/ and this class only knows which
/// entity belongs to which table.
/// </summary>
internal sealed class PaperRows
{
    private static readonly ConditionalWeakTable<IModel, PaperRows> ByModel = new();

    private readonly MemberInfo _workflow;
    private readonly IClrCollectionAccessor _consultations;
    private readonly MemberInfo _historyId;
    private readonly MemberInfo _consultationPaperId;
    private readonly string _select;
    private readonly string _lastDocumentVersion;

    private PaperRows(IModel model)
    {
        var paper = model.FindEntityType(typeof(Paper))!;
        var workflow = paper.FindNavigation(nameof(Paper.Workflow))!;
        Papers = new TableMap(paper);
        Workflows = new TableMap(workflow.TargetEntityType);
        Consultations = new TableMap(model.FindEntityType(typeof(Consultation))!);
        History = new TableMap(model.FindEntityType(typeof(HistoryEntry))!);
        Documents = new TableMap(model.FindEntityType(typeof(DocumentVersion))!);
        _workflow = workflow.GetMemberInfo(forMaterialization: true, forSet: true);
        _consultations = paper.FindNavigation(nameof(Paper.Consultations))!.GetCollectionAccessor()!;
        _historyId = History.Type.FindPrimaryKey()!.Properties.Single().GetMemberInfo(forMaterialization: true, forSet: true);
        _consultationPaperId = Consultations.Type.FindProperty(nameof(Consultation.PaperId))!.GetMemberInfo(forMaterialization: true, forSet: true);

        // One statement, so the paper, its workflow and its consultations come from one snapshot;
        // outer joins as in EF's query.
        var workflowKey = Workflows.Type.FindPrimaryKey()!.Properties.Single().Name;
        var paperId = Papers.Column(nameof(Paper.Id));
        _select = $"""
            SELECT {Papers.Select("p")}, {Workflows.Select("w")}, {Consultations.Select("c")}
            FROM {Papers.Table} AS "p"
            LEFT JOIN {Workflows.Table} AS "w" ON "w".{Workflows.Column(workflowKey)} = "p".{paperId}
            LEFT JOIN {Consultations.Table} AS "c" ON "c".{Consultations.Column(nameof(Consultation.PaperId))} = "p".{paperId}
            WHERE "p".{paperId} = @id
            ORDER BY "c".{Consultations.Column(nameof(Consultation.Position))}
            """;
        _lastDocumentVersion = $"""
            SELECT max({Documents.Column(nameof(DocumentVersion.Version))}) FROM {Documents.Table}
            WHERE {Documents.Column(nameof(DocumentVersion.PaperId))} = @paper
            """;
    }

    public TableMap Papers { get; }

    /// <summary>The owned workflow; its key is the paper's id (a shadow property).</summary>
    public TableMap Workflows { get; }

    public TableMap Consultations { get; }
    public TableMap History { get; }
    public TableMap Documents { get; }

    public static PaperRows For(IModel model) => ByModel.GetValue(model, m => new PaperRows(m));

    /// <summary>The paper with its workflow and its consultations in order, as EF would load it untracked.</summary>
    public async Task<Paper?> ReadAsync(PreparedConnection connection, Guid id, CancellationToken ct)
    {
        var command = connection.Command(_select);
        Papers.AddParameter(command, nameof(Paper.Id), "@id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var paper = (Paper)Papers.Read(reader, 0);
        if (!Workflows.IsNull(reader, Papers.Count)) Set(_workflow, paper, Workflows.Read(reader, Papers.Count));
        var consultations = Papers.Count + Workflows.Count;
        do
        {
            if (!Consultations.IsNull(reader, consultations))
                _consultations.Add(paper, Consultations.Read(reader, consultations), forMaterialization: true);
        }
        while (await reader.ReadAsync(ct));
        return paper;
    }

    /// <summary>The highest stored document version of a paper; 0 if it has none.</summary>
    public async Task<int> LastDocumentVersionAsync(PreparedConnection connection, Guid paperId, CancellationToken ct)
    {
        var command = connection.Command(_lastDocumentVersion);
        Documents.AddParameter(command, nameof(DocumentVersion.PaperId), "@paper", paperId);
        return await command.ExecuteScalarAsync(ct) is long last ? Convert.ToInt32(last, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The stored values of a paper as loaded, to write back only what changed.</summary>
    public PaperSnapshot Snapshot(Paper paper) => new(
        Papers.Values(paper, paper.Id),
        Workflows.Values(paper.Workflow, paper.Id),
        paper.Consultations.ToDictionary(c => c.Id, c => Consultations.Values(c, paper.Id)));

    public void OwnConsultations(Paper paper)
    {
        foreach (var c in paper.Consultations)
            if (c.PaperId != paper.Id) Set(_consultationPaperId, c, paper.Id);
    }

    public void SetHistoryId(HistoryEntry entry, long id) => Set(_historyId, entry, id);

    private static void Set(MemberInfo member, object target, object value)
    {
        if (member is FieldInfo field) field.SetValue(target, value);
        else ((PropertyInfo)member).SetValue(target, value);
    }
}
