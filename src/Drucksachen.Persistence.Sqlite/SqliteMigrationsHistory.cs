#pragma warning disable EF1001 // SQLite's history repository is public but in EF's internal namespace.
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Sqlite.Migrations.Internal;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>SQLite's migrations table, its column names known (<see cref="MigrationsHistoryColumns"/>).</summary>
internal sealed class SqliteMigrationsHistory(HistoryRepositoryDependencies dependencies) : SqliteHistoryRepository(dependencies)
{
    protected override string MigrationIdColumnName => MigrationsHistoryColumns.MigrationId;

    protected override string ProductVersionColumnName => MigrationsHistoryColumns.ProductVersion;
}
