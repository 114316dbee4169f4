using System.CommandLine;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Microsoft.Extensions.DependencyInjection;
using static Drucksachen.Cli.Commands.MeetingCommand;

namespace Drucksachen.Cli.Commands;

/// <summary>
/// `meeting render MEETING invitation|supplement|minutes|packet`: a meeting's document as a PDF file:
/// the newest stored invitation, supplement or minutes, or the packet as the agenda stands. The
/// members' edition (the default) only for users who see the non-public part; --public for the public's.
/// </summary>
internal static class MeetingRenderCommand
{
    private const string Packet = "packet";

    public static Command Create()
    {
        var meeting = MeetingArgument();
        var kind = new Argument<string>("DOCUMENT") { Description = "invitation, supplement, minutes or packet" };
        kind.AcceptOnlyFromAmong(MeetingDocumentKinds.Invitation, MeetingDocumentKinds.Supplement, MeetingDocumentKinds.Minutes, Packet);
        var isPublic = new Option<bool>("--public") { Description = "The public edition (non-public items by number only) instead of the members'" };
        var file = new Option<string?>("--out") { Description = "Where to write the PDF (default: its file name, e.g. Einladung-SAG-001-2026-mitglieder-v1.pdf)" };
        var user = AsOption();
        var command = new Command("render", "Write a meeting's invitation, supplement, minutes or packet as a PDF") { meeting, kind, isPublic, file, user };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var read = services.GetRequiredService<ReadMeetings>();
            var viewer = await read.ViewerAsync(CliUser.Given(parsed.GetValue(user)), ct);
            var m = (await read.ShowAsync(parsed.GetValue(meeting)!, viewer, ct)).Meeting;
            var members = !parsed.GetValue(isPublic);
            if (members && !MeetingAccess.SeesNonPublicPart(viewer, m.Body))
                throw new DrucksachenException(ErrorKind.NotAllowed,
                    $"the members' edition of meeting {m.Number} is for the body's members and staff: give --as USER (or set {CliUser.Variable}), or ask for --public");
            var (name, content) = parsed.GetValue(kind) == Packet
                ? (MeetingModels.PacketFileName(m, members), await read.PacketAsync(m, members, viewer, ct))
                : await StoredAsync(read, m, parsed.GetValue(kind)!, members, viewer, ct);
            var target = Path.GetFullPath(parsed.GetValue(file) ?? name);
            await using (var pending = PendingFile.In(Path.GetDirectoryName(target)!, "--out"))
            {
                await pending.WriteAsync(target, content, ct);
                pending.Complete();
            }
            var path = parsed.GetValue(file) ?? name;
            output.Write(new { meeting = m.Number, document = parsed.GetValue(kind), edition = members ? "members" : "public", fileName = name, size = content.Length, path },
                text => text.WriteLine($"{name} ({content.Length} bytes) written to {path}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<(string Name, byte[] Content)> StoredAsync(ReadMeetings read, Meeting meeting, string kind, bool members,
        Core.Users.UserProfile? viewer, CancellationToken ct)
    {
        var newest = (await read.DocumentsAsync(meeting, viewer, ct)).Where(d => d.Kind == kind && d.IsPublic != members).MaxBy(d => d.Version)
            ?? throw new DrucksachenException(ErrorKind.NotFound,
                $"meeting {meeting.Number} has no {MeetingDocumentKinds.Label(kind)} yet ({meeting.State switch
                {
                    MeetingStates.Scheduled => "it is not invited",
                    MeetingStates.Invited when kind == MeetingDocumentKinds.Minutes => "the minutes are written when it is closed",
                    _ => "none was sent",
                }})");
        var document = await read.DocumentAsync(meeting, newest.Version, viewer, ct);
        return (document.FileName, document.Content);
    }
}
