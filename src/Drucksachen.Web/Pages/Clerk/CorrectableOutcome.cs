using Drucksachen.Core.Papers;
using Drucksachen.Web.Features.Papers;

namespace Drucksachen.Web.Pages.Clerk;

/// <summary>An outcome recorded lately that can still be corrected, with the correction's form.</summary>
/// <param name="Recorded">The consultation whose outcome a correction replaces.</param>
public sealed record CorrectableOutcome(Paper Paper, Consultation Recorded, PaperActionsView Correction);
