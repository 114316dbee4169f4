using Drucksachen.Core.Documents;

namespace Drucksachen.Core.Meetings;

/// <summary>Lays a meeting's documents out as PDFs, from the meeting as the document's readers may see it.</summary>
public interface IMeetingRenderer
{
    /// <summary>
    /// The invitation with the agenda, or with <paramref name="supplement"/> the supplementary agenda (Nachtrag) its
    /// changes make: the items added, those taken off (<see cref="MeetingView.Withdrawn"/>), and the whole agenda as it
    /// now stands if items already sent were renumbered.
    /// </summary>
    RenderedPaper Invitation(MeetingView view, AgendaChanges? supplement);

    /// <summary>The minutes (Niederschrift), signed by the body's chair and <paramref name="minuteTaker"/>.</summary>
    RenderedPaper Minutes(MeetingView view, string minuteTaker);

    /// <summary>The packet: one PDF of the invitation as <paramref name="view"/> shows it and the papers, with an outline entry for each.</summary>
    byte[] Packet(MeetingView view, IReadOnlyList<PacketPart> papers);
}
