using System.CommandLine;
using Drucksachen.Cli.Commands;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Persistence;
using Drucksachen.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli;

/// <summary>The `drucksachen` command line: parsing, the commands, and errors as exit codes.</summary>
public static class CliApp
{
    private const string JsonOption = "--json";

    // The command actions are built once per root command; the settings of one run reach them here.
    private static readonly AsyncLocal<IReadOnlyDictionary<string, string?>> Settings = new();
    private static readonly AsyncLocal<TimeProvider?> Clock = new();

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, new Dictionary<string, string?>());

    /// <summary>Runs the command line with <paramref name="settings"/> overriding the configuration files.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?> settings) =>
        RunAsync(args, stdout, stderr, settings, clock: null);

    /// <summary>Runs the command line with <paramref name="settings"/> and on <paramref name="clock"/> instead of the system's (null: the system's).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?> settings,
        TimeProvider? clock)
    {
        Settings.Value = settings;
        Clock.Value = clock;
        // The one place where output leaves: nothing the CLI prints can carry a raw control character.
        stdout = new EscapingWriter(stdout);
        stderr = new EscapingWriter(stderr);
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
            MeetingCommand.Create(),
            TransferCommand.Create(),
            BackupCommand.Create(),
        };
        var parsed = root.Parse(args);
        var errors = parsed.Errors.Select(e => CliMessages.Plain(e.Message)).ToList();
        if (errors.Count == 0 && BadArgument(args) is { } bad) errors.Add(bad);
        if (errors.Count > 0)
        {
            if (WantsJson(parsed))
            {
                // Scripts that asked for JSON get JSON on standard error for bad usage too.
                new CliOutput(stdout, stderr, json: true).Error(string.Join(" ", errors), ExitCodes.BadInput);
                return ExitCodes.BadInput;
            }
            foreach (var error in errors) stderr.WriteLine("error: " + error);
            stderr.WriteLine("Try 'drucksachen --help'.");
            return ExitCodes.BadInput;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    // Arguments are text like every other input (InputText): line breaks and tabs, for a comment of
    // several lines, but no other control characters.
    private static string? BadArgument(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (InputText.FindBadCharacter(args[i], multiline: true) is { } bad)
                return $"argument {i + 1} ('{args[i]}') contains a control character (U+{(int)args[i][bad.Index]:X4}) at column {bad.Column}";
        }
        return null;
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

    private static string? OptionFor(ParseResult parsed, string? field)
    {
        if (field is null || field.StartsWith("--", StringComparison.Ordinal)) return null;
        var name = "--" + string.Concat(field.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
        return parsed.CommandResult.Command.Options.Any(o => o.Name == name) ? name : null;
    }

    /// <summary>The product on another database than the configured one, with this run's other settings, not started (<see cref="CliServices.Build(IReadOnlyDictionary{string, string?}, DatabaseSettings)"/>).</summary>
    internal static ServiceProvider ServicesFor(DatabaseSettings database) =>
        CliServices.Build(Settings.Value ?? new Dictionary<string, string?>(), database);

    /// <summary>Runs a command body with the product started, turning user errors into one line and an exit code.</summary>
    internal static Task<int> Execute(ParseResult parsed, CancellationToken ct, Func<IServiceProvider, CliOutput, Task<int>> body) =>
        Execute(parsed, null, ct, body);

    /// <inheritdoc cref="Execute(ParseResult, CancellationToken, Func{IServiceProvider, CliOutput, Task{int}})"/>
    internal static async Task<int> Execute(ParseResult parsed, TimeProvider? clock, CancellationToken ct, Func<IServiceProvider, CliOutput, Task<int>> body)
    {
        var output = new CliOutput(parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, WantsJson(parsed));
        try
        {
            await using var services = await CliServices.StartAsync(Settings.Value ?? new Dictionary<string, string?>(), clock ?? Clock.Value, ct);
            // Without a configured database, say which file the default is, so nobody wonders where the papers went.
            if (services.GetRequiredService<DatabaseLocation>() is { IsDefault: true } database)
                parsed.InvocationConfiguration.Error.WriteLine($"database: {database.Description}");
            return await body(services, output);
        }
        catch (InputException e) when (e.File is null && OptionFor(parsed, e.Field) is { } option)
        {
            // The use cases name fields as the API does (nextDate); here the user typed an option (--next-date).
            output.Error(new InputException(null, e.Line, option, e.Reason).Message, ExitCodes.BadInput);
            return ExitCodes.BadInput;
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
        catch (DatabaseSettingsException e)
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
            output.Error($"internal error, please report it: {e.Message}", ExitCodes.InternalError);
            return ExitCodes.InternalError;
        }
    }
}
