using Drucksachen.Testing;

namespace Drucksachen.Persistence.PostgreSql.Tests.CompiledModel;

/// <summary>
/// The product runs on the compiled model in CompiledModel/, not on the entity configurations: after a
/// change to the model it must be written again (README, "Compiled models"), or PostgreSQL would work
/// with yesterday's mapping. No server is needed: the model is built without connecting.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Unconnected = "Host=localhost;Database=drucksachen";

    [Fact]
    public void Committed_compiled_model_is_what_the_configurations_make_today() =>
        CompiledModelSource.AssertCurrent(DatabaseProviders.PostgreSql, Unconnected);

    [Fact]
    public void Contexts_run_on_the_compiled_model()
    {
        var location = new DatabaseLocation(DatabaseProviders.Get(DatabaseProviders.PostgreSql), Unconnected, IsDefault: false);
        using var db = DrucksachenDatabase.CreateFactory(location).CreateDbContext();

        Assert.Same(PostgreSql.CompiledModel.DrucksachenDbContextModel.Instance, db.Model);
    }
}
