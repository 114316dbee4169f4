using Drucksachen.Core.Documents;

namespace Drucksachen.Core.Meetings;

/// <summary>Lays a meeting's documents out as PDFs, from the meeting as the document's readers may see it.</summary>
public interface IMeetingRenderer
{
    /// <summary>The invitation with the agenda, or with <paramref name="supplement"/> the n-th supplementary agenda (Nachtrag).</summary>
    RenderedPaper Invitation(MeetingView view, int? supplement);

    /// <summary>The minutes (Niederschrift).</summary>
    RenderedPaper Minutes(MeetingView view);

    /// <summary>The packet: one PDF of the invitation as <paramref name="view"/> shows it and the papers, with an outline entry for each.</summary>
    byte[] Packet(MeetingView view, IReadOnlyList<PacketPart> papers);
}
