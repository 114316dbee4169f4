using Drucksachen.Persistence.Sqlite.Tests.TestSupport;
using Drucksachen.Testing;

namespace Drucksachen.Persistence.Sqlite.Tests.CompiledModel;

/// <summary>
/// The product runs on the compiled model in CompiledModel/, not on the entity configurations: after a
/// change to the model it must be written again (README, "Compiled models"), or SQLite would work
/// with yesterday's mapping.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void Committed_compiled_model_is_what_the_configurations_make_today() =>
        CompiledModelSource.AssertCurrent(DatabaseProviders.Sqlite, "Data Source=:memory:");

    [Fact]
    public void Contexts_run_on_the_compiled_model()
    {
        using var db = DrucksachenDatabase.CreateFactory(SqliteLocation.For("Data Source=:memory:")).CreateDbContext();

        Assert.Same(Sqlite.CompiledModel.DrucksachenDbContextModel.Instance, db.Model);
    }
}
