namespace Drucksachen.Persistence;

/// <summary>
/// The columns of EF's migrations table, as EF names them by convention. Each provider's history
/// repository gives them as constants: EF would otherwise build a model of that table from its
/// conventions just to find the names, at every start, before it can ask which migrations are applied.
/// </summary>
public static class MigrationsHistoryColumns
{
    public const string MigrationId = "MigrationId";
    public const string ProductVersion = "ProductVersion";
}
