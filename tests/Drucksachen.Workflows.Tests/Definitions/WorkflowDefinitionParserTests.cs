using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Definitions;

public sealed class WorkflowDefinitionParserTests
{
    // Positions in the assertions below refer to this text (line 1 = "name: Test"); raw strings drop the
    // source indentation, so inserted lines are indented as in the text, not as in this file.
    private const string Valid = """
        name: Test
        label: Test
        start: draft
        states:
          draft:
            kind: task
            label: Entwurf
            actions:
              - name: submit
                label: Einreichen
                roles: [author]
                to: done
          done:
            kind: final
            label: erledigt
        """;

    [Fact]
    public void Parse_ReturnsDefinition_WhenValid()
    {
        var definition = WorkflowDefinitionParser.Parse(Valid, "workflows/t.yaml", Shipped.Effects);

        Assert.Equal("Test", definition.Name);
        Assert.Equal("draft", definition.Start);
        Assert.Equal(0, definition.Version);
        Assert.Equal(["draft", "done"], definition.States.Keys);
        Assert.Equal("done", Assert.Single(definition.States["draft"].Actions).To);
    }

    [Fact]
    public void Parse_ReportsUnknownTargetWithPosition()
    {
        var errors = Errors(Valid.Replace("to: done", "to: dnoe"));

        Assert.Contains("workflows/t.yaml:12:13: unknown target state 'dnoe' in action 'submit' of state 'draft'", errors);
    }

    [Fact]
    public void Parse_ReportsUnreachableState()
    {
        var errors = Errors(Valid + "\n  orphan:\n    kind: final\n    label: verwaist");

        Assert.Equal(["workflows/t.yaml:16:3: unreachable state 'orphan': nothing leads to it from start state 'draft'"], errors);
    }

    [Fact]
    public void Parse_ReportsDuplicateStateId_AndKeepsCollecting()
    {
        var errors = Errors(Valid.Replace("to: done", "to: nowhere") + "\n  done:\n    kind: final\n    label: doppelt");

        Assert.Contains("workflows/t.yaml:16:3: duplicate state id 'done'", errors);
        Assert.Contains("workflows/t.yaml:12:13: unknown target state 'nowhere' in action 'submit' of state 'draft'", errors);
    }

    [Fact]
    public void Parse_RefusesAnActionNamedCorrect_WhichTheRuntimeReserves()
    {
        Assert.Equal(
            ["workflows/t.yaml:9:17: action name 'correct' in state 'draft' is reserved: the runtime offers it after every recorded outcome"],
            Errors(Valid.Replace("      - name: submit", "      - { name: correct, label: X, roles: [a], to: done }\n      - name: submit")));
    }

    [Fact]
    public void Parse_ReportsDuplicateActionName()
    {
        var yaml = Valid.Replace("      - name: submit", "      - { name: submit, label: X, roles: [a], to: done }\n      - name: submit");

        Assert.Contains("workflows/t.yaml:10:15: duplicate action 'submit' in state 'draft'", Errors(yaml));
    }

    [Fact]
    public void Parse_ReadsReason_OnActions()
    {
        var definition = WorkflowDefinitionParser.Parse(Valid.Replace("to: done", "to: done\n        reason: true"), "workflows/t.yaml", Shipped.Effects);

        Assert.True(Assert.Single(definition.States["draft"].Actions).RequiresReason);
        Assert.False(Assert.Single(WorkflowDefinitionParser.Parse(Valid, "workflows/t.yaml", Shipped.Effects).States["draft"].Actions).RequiresReason);
    }

    [Fact]
    public void Parse_ReportsReasonThatIsNotTrueOrFalse_WithPosition()
    {
        var errors = Errors(Valid.Replace("to: done", "to: done\n        reason: ja"));

        Assert.Contains("workflows/t.yaml:13:17: 'reason' in action 'submit' of state 'draft' must be true or false, got 'ja'", errors);
    }

    [Fact]
    public void Parse_ReportsMissingStart()
    {
        var errors = Errors(Valid.Replace("start: draft\n", ""));

        Assert.Contains("workflows/t.yaml:1:1: missing 'start' in the workflow", errors);
    }

    [Fact]
    public void Parse_ReportsUnknownStart()
    {
        Assert.Equal(["workflows/t.yaml:3:8: unknown start state 'drfat'"], Errors(Valid.Replace("start: draft", "start: drfat")));
    }

    [Fact]
    public void Parse_ReportsActionWithoutRoles()
    {
        Assert.Equal(
            ["workflows/t.yaml:11:16: action 'submit' of state 'draft' has no allowed roles"],
            Errors(Valid.Replace("roles: [author]", "roles: []")));
    }

    [Fact]
    public void Parse_ReportsUnknownEffect()
    {
        var errors = Errors(Valid.Replace("to: done", "to: done\n        effects: [assign-numbr]"));

        Assert.Equal(
            ["workflows/t.yaml:13:19: unknown effect 'assign-numbr' in action 'submit' of state 'draft'; bound effects are assign-number, flag-late, flag-urgent, render-document"],
            errors);
    }

    [Theory]
    [InlineData("{ move: nxt, label: L }", "workflows/t.yaml:23:22: bad move 'nxt' in outcome 'noted' of state 'walk'; moves are next, repeat, insert, end")]
    [InlineData("{ move: end, label: L }", "workflows/t.yaml:23:14: outcome 'noted' of state 'walk' moves 'end' but has no 'to'")]
    [InlineData("{ move: next, to: done, label: L }", "workflows/t.yaml:23:32: outcome 'noted' of state 'walk' has 'to', but only move 'end' takes one")]
    public void Parse_ReportsBadOutcome(string outcome, string expected)
    {
        var yaml = Valid.Replace("to: done", "to: walk") + $"""

              walk:
                kind: sequence
                label: in Beratung
                items: consultations
                roles: [clerk]
                record: {"{"} name: record, label: Erfassen {"}"}
                outcomes:
                  noted: {outcome}
                done: done
            """;

        Assert.Equal([expected], Errors(yaml));
    }

    [Fact]
    public void Parse_ReportsMalformedYamlAtYamlDotNetsMark()
    {
        var error = Assert.Single(Errors(Valid.Replace("    label: Entwurf", "   label: Entwurf")));

        Assert.StartsWith("workflows/t.yaml:7:4: malformed YAML: ", error);
    }

    [Fact]
    public void Parse_CollectsAllErrorsOfAFile_OneLinePerErrorInTheMessage()
    {
        var yaml = Valid.Replace("roles: [author]", "roles: []").Replace("to: done", "to: dnoe\n        effects: [nope]");

        var exception = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionParser.Parse(yaml, "workflows/t.yaml", Shipped.Effects));

        Assert.Equal(
            [
                "workflows/t.yaml:11:16: action 'submit' of state 'draft' has no allowed roles",
                "workflows/t.yaml:12:13: unknown target state 'dnoe' in action 'submit' of state 'draft'",
                "workflows/t.yaml:13:19: unknown effect 'nope' in action 'submit' of state 'draft'; bound effects are assign-number, flag-late, flag-urgent, render-document",
                "workflows/t.yaml:14:3: unreachable state 'done': nothing leads to it from start state 'draft'",
            ],
            exception.Message.Split(Environment.NewLine));
        Assert.Equal(new DefinitionError("workflows/t.yaml", 12, 13, "unknown target state 'dnoe' in action 'submit' of state 'draft'"), exception.Errors[1]);
    }

    [Fact]
    public void Parse_ReportsUnknownKeys_SoTyposDoNotPassSilently()
    {
        var errors = Errors(Valid.Replace("to: done", "to: done\n        too: done"));

        Assert.Equal(["workflows/t.yaml:13:9: unknown key 'too' in action 'submit' of state 'draft'; allowed are name, label, roles, to, reason, effects"], errors);
    }

    [Fact]
    public void Parse_ReportsAStateWithoutKind_Once()
    {
        Assert.Equal(["workflows/t.yaml:13:3: missing 'kind' in state 'done'"], Errors(Valid.Replace("    kind: final\n", "")));
    }

    private static List<string> Errors(string yaml)
    {
        var exception = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionParser.Parse(yaml, "workflows/t.yaml", Shipped.Effects));
        return exception.Errors.Select(e => e.ToString()).ToList();
    }
}
