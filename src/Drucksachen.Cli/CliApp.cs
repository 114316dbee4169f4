using System.CommandLine;
using Drucksachen.Cli.Commands;
using Drucksachen.Core.Errors;
using Drucksachen.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli;

/// <summary>The `drucksachen` command line: parsing, the commands, and errors as exit codes.</summary>
public static class CliApp
{
    private const string JsonOption = "--json";

    // The command actions are built once per root command; the settings of one run reach them here.
    private static readonly AsyncLocal<IReadOnlyDictionary<string, string?>> Settings = new();

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, new Dictionary<string, string?>());

    /// <summary>Runs the command line with <paramref name="settings"/> overriding the configuration files.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?> settings)
    {
        Settings.Value = settings;
        var root = new RootCommand("Drucksachen: council papers from draft to decision")
        {
            new Option<bool>(JsonOption) { Description = "Write the result as JSON", Recursive = true },
            InitCommand.Create(),
            ImportCommand.Create(),
            ListCommand.Create(),
            ShowCommand.Create(),
            ActCommand.Create(),
            HistoryCommand.Create(),
            VerifyCommand.Create(),
            CheckpointCommand.Create(),
            TickCommand.Create(),
            CompactCommand.Create(),
            RenderCommand.Create(),
            UserCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            if (WantsJson(parsed))
            {
                // Scripts that asked for JSON get JSON on standard error for bad usage too.
                new CliOutput(stdout, stderr, json: true).Error(string.Join(" ", parsed.Errors.Select(e => e.Message)), ExitCodes.BadInput);
                return ExitCodes.BadInput;
            }
            foreach (var error in parsed.Errors) stderr.WriteLine("error: " + error.Message);
            stderr.WriteLine("Try 'drucksachen --help'.");
            return ExitCodes.BadInput;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static bool WantsJson(ParseResult parsed)
    {
        try
        {
            return parsed.GetValue<bool>(JsonOption);
        }
        catch (InvalidOperationException)
        {
            return false; // --json itself is what could not be parsed
        }
    }

    /// <summary>Runs a command body with the product started, turning user errors into one line and an exit code.</summary>
    internal static Task<int> Execute(ParseResult parsed, CancellationToken ct, Func<IServiceProvider, CliOutput, Task<int>> body) =>
        Execute(parsed, null, ct, body);

    /// <inheritdoc cref="Execute(ParseResult, CancellationToken, Func{IServiceProvider, CliOutput, Task{int}})"/>
    internal static async Task<int> Execute(ParseResult parsed, TimeProvider? clock, CancellationToken ct, Func<IServiceProvider, CliOutput, Task<int>> body)
    {
        var output = new CliOutput(parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, WantsJson(parsed));
        try
        {
            await using var services = await CliServices.StartAsync(Settings.Value ?? new Dictionary<string, string?>(), clock, ct);
            return await body(services, output);
        }
        catch (DrucksachenException e)
        {
            output.Error(e.Message, ExitCodes.For(e.Kind));
            return ExitCodes.For(e.Kind);
        }
        catch (WorkflowDefinitionException e)
        {
            output.Error(e.Message, ExitCodes.BadInput);
            return ExitCodes.BadInput;
        }
        catch (Documents.DocumentException e)
        {
            output.Error(e.Message, ExitCodes.BadInput);
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            output.Error(e.Message, ExitCodes.BadInput);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect, not something the user can fix: one line, and an exit code of its own.
            output.Error($"internal error ({e.GetType().Name}): {e.Message}", ExitCodes.InternalError);
            return ExitCodes.InternalError;
        }
    }
}
