using Drucksachen.Core.Papers;
using Drucksachen.Persistence.Sqlite.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence.Sqlite.Tests;

/// <summary>
/// The model is built with the conventions of the provider the context was opened with, and kept
/// apart per provider: one process may build models of two providers (the EF tools and the compiled
/// model tests do; at run time each provider brings its compiled model).
/// </summary>
public sealed class ProviderModelTests
{
    [Fact]
    public void Contexts_of_two_providers_in_one_process_each_get_their_providers_model()
    {
        var sqlite = DatabaseProviders.Get(DatabaseProviders.Sqlite);
        using var withText = DrucksachenDatabase.CreateFactory(new DatabaseLocation(sqlite, "Data Source=:memory:", false)).CreateDbContext();
        using var plain = DrucksachenDatabase.CreateFactory(new DatabaseLocation(new WithoutConventions(sqlite), "Data Source=:memory:", false)).CreateDbContext();

        Assert.IsType<UtcTextConverter>(CreatedAt(withText).GetValueConverter());
        Assert.Null(CreatedAt(plain).GetValueConverter());
        Assert.IsType<UtcTextConverter>(CreatedAt(DrucksachenDatabase.CreateFactory(new DatabaseLocation(sqlite, "Data Source=:memory:", false)).CreateDbContext()).GetValueConverter());
    }

    private static IProperty CreatedAt(DrucksachenDbContext db) =>
        db.GetService<IDesignTimeModel>().Model.FindEntityType(typeof(Paper))!.FindProperty(nameof(Paper.CreatedAt))!;

    // SQLite without its conventions: stands for a second provider in the same process.
    private sealed class WithoutConventions(IDatabaseProvider inner) : IDatabaseProvider
    {
        public string Name => "SqliteWithoutConventions";
        public string? DefaultConnectionString() => inner.DefaultConnectionString();
        public string Describe(string connectionString) => inner.Describe(connectionString);
        public void Configure(DbContextOptionsBuilder options, string connectionString) => inner.Configure(options, connectionString);
        public void ConfigureConventions(ModelConfigurationBuilder conventions) { }
        public string? ViolatedConstraint(Exception error) => inner.ViolatedConstraint(error);
        public IOrderedQueryable<Paper> InListOrder(IQueryable<Paper> papers) => inner.InListOrder(papers);
        public Task MigrateAsync(DrucksachenDbContext db, IReadOnlyList<string> pending, CancellationToken ct) => inner.MigrateAsync(db, pending, ct);
        public void AddStores(IServiceCollection services) => inner.AddStores(services);
        public Task<IDbContextTransaction> BeginSnapshotAsync(DrucksachenDbContext db, CancellationToken ct) => inner.BeginSnapshotAsync(db, ct);
        public string ColumnsQuery => inner.ColumnsQuery;
        public IReadOnlySet<string> TriggerMaintained => inner.TriggerMaintained;
        public Task ContinueGeneratedKeysAsync(DrucksachenDbContext db, CancellationToken ct) => inner.ContinueGeneratedKeysAsync(db, ct);
        public Task BackupAsync(string connectionString, string file, CancellationToken ct) => inner.BackupAsync(connectionString, file, ct);
    }
}
