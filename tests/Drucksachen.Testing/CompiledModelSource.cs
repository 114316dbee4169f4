#pragma warning disable EF1001 // DesignTimeServicesBuilder is what the dotnet-ef tool itself uses to find a provider's design-time services.
using System.Text.RegularExpressions;
using Drucksachen.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Testing;

/// <summary>
/// A provider's compiled model as <c>dotnet ef dbcontext optimize</c> would write it now, from the
/// entity configurations and the provider's conventions, and as it is committed in the provider's
/// <c>CompiledModel/</c> folder: when the two differ, the committed one is stale.
/// </summary>
public static class CompiledModelSource
{
    /// <summary>Fails, naming the command that writes it again, when the provider's committed compiled model is not today's.</summary>
    public static void AssertCurrent(string provider, string connectionString)
    {
        var generated = Generate(provider, connectionString);
        var committed = Committed(provider);
        var project = "src/" + DatabaseProviders.Get(provider).GetType().Assembly.GetName().Name;
        var command = $"run: dotnet ef dbcontext optimize --project {project} --output-dir CompiledModel --namespace {Namespace(DatabaseProviders.Get(provider))}";
        Assert.True(generated.Keys.Order(StringComparer.Ordinal).SequenceEqual(committed.Keys.Order(StringComparer.Ordinal)),
            $"{project}/CompiledModel has the files {string.Join(", ", committed.Keys.Order(StringComparer.Ordinal))}, today's model {string.Join(", ", generated.Keys.Order(StringComparer.Ordinal))}; {command}");
        foreach (var (file, code) in generated)
            Assert.True(code == committed[file], $"{project}/CompiledModel/{file} is stale; {command}");
    }

    /// <summary>File name → text of the compiled model generated from today's model.</summary>
    public static IReadOnlyDictionary<string, string> Generate(string provider, string connectionString)
    {
        var location = new DatabaseLocation(DatabaseProviders.Get(provider), connectionString, IsDefault: false);
        using var db = DrucksachenDatabase.CreateFactory(location).CreateDbContext();
        var providerAssembly = location.Provider.GetType().Assembly;
        var services = new DesignTimeServicesBuilder(providerAssembly, providerAssembly, new OperationReporter(null), []).Build(db);
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = typeof(DrucksachenDbContext),
            ModelNamespace = Namespace(location.Provider),
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        var generator = services.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options);
        // The design-time model is built from the configurations even where the options name a compiled one.
        var model = db.GetService<IDesignTimeModel>().Model;
        return generator.GenerateModel(model, options).ToDictionary(f => f.Path, f => Comparable(f.Code));
    }

    /// <summary>File name → text of the compiled model committed in the provider's project.</summary>
    public static IReadOnlyDictionary<string, string> Committed(string provider)
    {
        var folder = Path.Combine(Repository.Root, "src", DatabaseProviders.Get(provider).GetType().Assembly.GetName().Name!, "CompiledModel");
        return Directory.EnumerateFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), f => Comparable(File.ReadAllText(f)));
    }

    // Each generation draws a new model id; line endings follow the checkout.
    private static string Comparable(string code) =>
        Regex.Replace(code.ReplaceLineEndings("\n"), @"modelId: new Guid\(""[0-9a-f-]+""\)", "modelId: new Guid(…)");

    private static string Namespace(IDatabaseProvider provider) => provider.GetType().Namespace + ".CompiledModel";
}
