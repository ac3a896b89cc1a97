using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.Reports;

/// <summary>Turns the cells of a cross table (theme × kind, theme × actor) into the rows and series of a chart.</summary>
internal static class ReportCharts
{
    private static readonly (string? Key, ChartSeries Series)[] Kinds =
    [
        (EnumKeys.Name(StoryKind.Concern), new ChartSeries(ReportLabels.Plural(StoryKind.Concern), "#D55E00")),
        (EnumKeys.Name(StoryKind.Opportunity), new ChartSeries(ReportLabels.Plural(StoryKind.Opportunity), "#009E73")),
    ];

    private static readonly (string? Key, ChartSeries Series)[] Actors =
    [
        (EnumKeys.Name(ProposedActor.Society), new ChartSeries(ReportLabels.Of(ProposedActor.Society), "#009E73")),
        (EnumKeys.Name(ProposedActor.Government), new ChartSeries(ReportLabels.Of(ProposedActor.Government), "#3A8FD0")),
        (EnumKeys.Name(ProposedActor.CivilSociety), new ChartSeries(ReportLabels.Of(ProposedActor.CivilSociety), "#CC79A7")),
        (null, new ChartSeries(ReportLabels.NoActor, "#888888")),
    ];

    /// <summary>Stories per theme, stacked by kind.</summary>
    public static ChartData ThemesByKind(IEnumerable<CrossTableCell> cells, StatisticsDimension byTheme) =>
        Chart(cells, Kinds, "Knelpunten en kansen per thema",
            $"Aantal gepubliceerde verhalen per {ThemeWording(byTheme)}, gesplitst in knelpunten (wat in de knel kwam) en kansen (wat ontkiemde). "
            + "Een verhaal met meer thema's telt bij elk thema mee.");

    /// <summary>Ideas per theme, stacked by proposed actor.</summary>
    public static ChartData ThemesByActor(IEnumerable<CrossTableCell> cells, StatisticsDimension byTheme) =>
        Chart(cells, Actors, "Wie moet aan de slag? Ideeën per thema en actor",
            $"Aantal gepubliceerde ideeën per {ThemeWording(byTheme)}, gesplitst naar wie volgens het idee moet handelen: de samenleving zelf, "
            + "de overheid of het middenveld. Een idee met meer thema's of actoren telt bij elk daarvan mee.");

    private static string ThemeWording(StatisticsDimension byTheme) =>
        byTheme == StatisticsDimension.TopTheme ? "hoofdthema (een thema telt mee bij het hoofdthema erboven)" : "thema";

    private static ChartData Chart(IEnumerable<CrossTableCell> cells, (string? Key, ChartSeries Series)[] series, string title, string description)
    {
        var rows = cells
            .GroupBy(c => (c.FirstId, c.FirstText))
            .Select(g => (NoTheme: g.Key.FirstText is null, Row: new ChartRow(
                g.Key.FirstText ?? ReportLabels.NoTheme,
                series.Select(s => g.Where(c => c.SecondText == s.Key).Sum(c => c.Count)).ToList())))
            .OrderBy(r => r.NoTheme).ThenByDescending(r => r.Row.Total).ThenBy(r => r.Row.Label, StringComparer.Create(ReportLabels.Dutch, false))
            .Select(r => r.Row)
            .ToList();
        return new ChartData(title, description, "Thema", series.Select(s => s.Series).ToList(), rows);
    }
}
