using Drucksachen.Core.Configuration;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Plausibility;

/// <summary>
/// The one place that decides what is implausible about dates in an advisory sequence, for outcomes
/// (web, API and CLI alike, through <see cref="Actions.ActOnPaper"/>) and for drafts. Today is the
/// city's day on the injected clock.
/// </summary>
public sealed class PlausibilityRules(City city, TimeProvider clock)
{
    public DateOnly Today => city.DayOf(clock.GetUtcNow());

    /// <summary>An outcome can be recorded from the day of the meeting on, never before it took place.</summary>
    public void RequireMeetingHeld(DateOnly meeting)
    {
        if (meeting > Today)
            throw new PlausibilityException("date",
                $"the meeting of {PaperDates.German(meeting)} has not taken place yet (today is {PaperDates.German(Today)}); an outcome can be recorded from the day of the meeting",
                $"Die Sitzung am {PaperDates.German(meeting)} hat noch nicht stattgefunden. Ein Ergebnis kann erst ab dem Sitzungstag erfasst werden.");
    }

    /// <summary>
    /// A deferral or referral to a meeting after the planned decision would leave the deciding body
    /// without the paper; that happens (the decision is then postponed too), so it takes a confirmation.
    /// </summary>
    public void RequireBeforeDecision(DateOnly next, IEnumerable<Consultation> later, bool confirmed)
    {
        if (confirmed) return;
        var decision = later.FirstOrDefault(c => c.Role == ConsultationRole.Decision && !c.IsRecorded);
        if (decision is null || next <= decision.Date) return;
        var body = city.FindBody(decision.Body)?.Name ?? decision.Body;
        throw new PlausibilityException("nextDate",
            $"the next meeting on {PaperDates.German(next)} is after the decision by {body} on {PaperDates.German(decision.Date)}; confirm to record it anyway (the decision then has to move)",
            $"Der Termin {PaperDates.German(next)} liegt nach der Entscheidung im Gremium {body} am {PaperDates.German(decision.Date)}. "
            + "Wenn das so beschlossen wurde, bestätigen Sie es bitte ausdrücklich; die Entscheidung muss dann verschoben werden.",
            needsConfirmation: true);
    }

    /// <summary>
    /// A draft's planned sequence: no meeting already past (among the rows entered or changed now) and
    /// no Vorberatung or Anhörung after the Entscheidung, in order or by date, since the decision ends
    /// the sequence.
    /// </summary>
    public void CheckPlanned(IReadOnlyList<Consultation> consultations, Func<int, bool> isNew, Func<int, string> field)
    {
        var today = Today;
        for (var i = 0; i < consultations.Count; i++)
        {
            var c = consultations[i];
            if (isNew(i) && c.Date < today)
                throw new PlausibilityException(field(i) + ".date",
                    $"the meeting of {PaperDates.German(c.Date)} is in the past (today is {PaperDates.German(today)})",
                    $"Die Sitzung am {PaperDates.German(c.Date)} liegt in der Vergangenheit. Bitte planen Sie eine künftige Sitzung.");
        }

        var decision = consultations.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Role == ConsultationRole.Decision);
        if (decision.c is null) return;
        for (var i = 0; i < consultations.Count; i++)
        {
            var c = consultations[i];
            if (c.Role is not (ConsultationRole.Preliminary or ConsultationRole.Hearing)) continue;
            var role = ConsultationRoles.German(c.Role);
            var decisionBody = city.FindBody(decision.c.Body)?.Name ?? decision.c.Body;
            if (i > decision.i)
                throw new PlausibilityException(field(i) + ".role",
                    $"a {role} cannot follow the decision (Entscheidung) by {decisionBody}; move it before",
                    $"Eine {role} kann nicht nach der Entscheidung im Gremium {decisionBody} stattfinden. Bitte ordnen Sie sie davor ein.");
            if (c.Date > decision.c.Date)
                throw new PlausibilityException(field(i) + ".date",
                    $"the {role} on {PaperDates.German(c.Date)} is after the decision (Entscheidung) by {decisionBody} on {PaperDates.German(decision.c.Date)}",
                    $"Die {role} am {PaperDates.German(c.Date)} liegt nach der Entscheidung im Gremium {decisionBody} am {PaperDates.German(decision.c.Date)}.");
        }
    }
}
