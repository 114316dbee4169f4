#pragma warning disable EF1001 // Npgsql's history repository is public but in its internal namespace.
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations.Internal;

namespace Drucksachen.Persistence.PostgreSql;

/// <summary>PostgreSQL's migrations table, its column names known (<see cref="MigrationsHistoryColumns"/>).</summary>
internal sealed class PostgreSqlMigrationsHistory(HistoryRepositoryDependencies dependencies) : NpgsqlHistoryRepository(dependencies)
{
    protected override string MigrationIdColumnName => MigrationsHistoryColumns.MigrationId;

    protected override string ProductVersionColumnName => MigrationsHistoryColumns.ProductVersion;
}
