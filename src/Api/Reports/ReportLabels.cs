using System.Globalization;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.Reports;

/// <summary>The Dutch words of the reports (wording of programme-2021.md), and Dutch number and date formats.</summary>
internal static class ReportLabels
{
    /// <summary>Dutch formatting: <c>1.234</c>, <c>12 juli 2021</c>.</summary>
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Label of an item without theme.</summary>
    public const string NoTheme = "Zonder thema";

    /// <summary>Label of an idea that names no actor.</summary>
    public const string NoActor = "Niet genoemd";

    public static string Plural(StoryKind kind) => kind switch
    {
        StoryKind.Concern => "Knelpunten",
        StoryKind.Opportunity => "Kansen",
        _ => kind.ToString(),
    };

    public static string Singular(StoryKind kind) => kind switch
    {
        StoryKind.Concern => "Knelpunt",
        StoryKind.Opportunity => "Kans",
        _ => kind.ToString(),
    };

    public static string Of(ProposedActor actor) => actor switch
    {
        ProposedActor.Society => "Samenleving",
        ProposedActor.Government => "Overheid",
        ProposedActor.CivilSociety => "Middenveld",
        _ => actor.ToString(),
    };

    public static string Of(DialogueTrack track) => track switch
    {
        DialogueTrack.Citizens => "Burgerdialogen",
        DialogueTrack.CivilSociety => "Middenvelddialogen",
        DialogueTrack.Science => "Wetenschaps- en pioniersdialogen",
        DialogueTrack.Local => "Lokale dialoogtafels",
        DialogueTrack.CommunityBudget => "Burgerbegroting",
        _ => track.ToString(),
    };

    public static string Of(DialoguePhase phase) => phase switch
    {
        DialoguePhase.Exploration => "Verkenningsdialogen",
        DialoguePhase.Theme => "Themadialogen",
        _ => phase.ToString(),
    };

    /// <summary>A count in Dutch notation, e.g. <c>1.234</c>.</summary>
    public static string Number(long value) => value.ToString("N0", Dutch);

    /// <summary>
    /// In place of the dialogue of a published item whose dialogue the public may not see, as the
    /// statistics label it (<c>Dialoog niet openbaar</c>).
    /// </summary>
    public static string DialogueNotPublic => GraphQL.Statistics.DimensionLabels.None(GraphQL.Statistics.StatisticsDimension.Dialogue);

    /// <summary>A date in Dutch, e.g. <c>12 juli 2021</c>.</summary>
    public static string Date(DateOnly value) => value.ToString("d MMMM yyyy", Dutch);
}
