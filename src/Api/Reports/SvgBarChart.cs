using System.Globalization;
using System.Text;

namespace Dialoogtafels.Api.Reports;

/// <summary>
/// Draws a <see cref="ChartData"/> as an inline SVG of horizontal stacked bars: a legend on top, per row
/// the label on the left (at most two lines; the full label in the row's tooltip), the segments with
/// their values where they fit, and the total after the bar. Needs no script or external file, scales
/// with the page and prints. Accessible: <c>role="img"</c> with an <c>aria-label</c>, a <c>&lt;title&gt;</c>
/// and a <c>&lt;desc&gt;</c>; the page repeats the numbers in a table. All text is HTML-encoded.
/// </summary>
internal static class SvgBarChart
{
    /// <summary>Most bars drawn; the table under the chart has every row.</summary>
    public const int MaxRows = 20;

    private const int Width = 760;
    private const int LabelRight = 250;
    private const int BarLeft = 260;
    private const int LegendHeight = 34;
    private const int RowHeight = 38;
    private const int BarHeight = 24;
    private const int LabelLineLength = 34;
    private const double MinSegmentForValue = 26;

    /// <summary>The SVG element; <paramref name="id"/> makes its element ids unique in the page.</summary>
    public static string Render(ChartData chart, string id)
    {
        var rows = chart.Rows.Take(MaxRows).ToList();
        var height = LegendHeight + Math.Max(rows.Count, 1) * RowHeight + 6;
        var max = rows.Count == 0 ? 0 : rows.Max(r => r.Total);
        var barRight = Width - 12 - 8 * ReportLabels.Number(max).Length; // room for the total after the longest bar
        var svg = new StringBuilder();
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" """)
            .Append($"""role="img" aria-label="{Html.Encode(chart.Title)}" aria-describedby="{id}-desc" font-size="13">""")
            .Append($"""<title>{Html.Encode(chart.Title)}</title><desc id="{id}-desc">{Html.Encode(chart.Description)} De cijfers staan ook in de tabel bij deze grafiek.</desc>""");
        Legend(svg, chart.Series);
        if (rows.Count == 0)
            svg.Append($"""<text x="{BarLeft}" y="{LegendHeight + RowHeight / 2 + 4}" fill="#333">Geen gegevens: er is nog niets gepubliceerd om te tellen.</text>""");
        for (var i = 0; i < rows.Count; i++) Row(svg, chart.Series, rows[i], LegendHeight + i * RowHeight, max, barRight);
        return svg.Append("</svg>").ToString();
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        double x = BarLeft;
        foreach (var s in series)
        {
            svg.Append($"""<rect x="{N(x)}" y="8" width="14" height="14" fill="{s.Color}"/><text x="{N(x + 20)}" y="20">{Html.Encode(s.Label)}</text>""");
            x += 20 + s.Label.Length * 7.5 + 18;
        }
    }

    private static void Row(StringBuilder svg, IReadOnlyList<ChartSeries> series, ChartRow row, int top, int max, int barRight)
    {
        var parts = series.Select((s, i) => $"{s.Label}: {ReportLabels.Number(row.Values[i])}");
        svg.Append($"<g><title>{Html.Encode($"{row.Label} — {string.Join(", ", parts)} (totaal {ReportLabels.Number(row.Total)})")}</title>");
        var lines = LabelLines(row.Label);
        var firstBaseline = top + RowHeight / 2 + 4 - (lines.Count - 1) * 8;
        svg.Append($"""<text x="{LabelRight}" y="{firstBaseline}" text-anchor="end">""");
        for (var i = 0; i < lines.Count; i++)
            svg.Append($"""<tspan x="{LabelRight}" dy="{(i == 0 ? 0 : 16)}">{Html.Encode(lines[i])}</tspan>""");
        svg.Append("</text>");

        var scale = max == 0 ? 0 : (barRight - BarLeft) / (double)max;
        var barTop = top + (RowHeight - BarHeight) / 2;
        double x = BarLeft;
        for (var i = 0; i < series.Count; i++)
        {
            var width = row.Values[i] * scale;
            if (width <= 0) continue;
            svg.Append($"""<rect x="{N(x)}" y="{barTop}" width="{N(width)}" height="{BarHeight}" fill="{series[i].Color}" stroke="#fff" stroke-width="1"/>""");
            if (width >= MinSegmentForValue)
                svg.Append($"""<text x="{N(x + width / 2)}" y="{barTop + BarHeight / 2 + 4}" text-anchor="middle" fill="#000">{ReportLabels.Number(row.Values[i])}</text>""");
            x += width;
        }

        svg.Append($"""<text x="{N(x + 6)}" y="{barTop + BarHeight / 2 + 4}" font-weight="bold">{ReportLabels.Number(row.Total)}</text></g>""");
    }

    /// <summary>The label in at most two lines of about <see cref="LabelLineLength"/> characters, cut with "…" when longer.</summary>
    private static List<string> LabelLines(string label)
    {
        var lines = new List<string> { "" };
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > LabelLineLength) lines.Add("");
            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        if (lines.Count <= 2 && lines.All(l => l.Length <= LabelLineLength)) return lines;
        var second = string.Join(' ', lines.Skip(1));
        var first = lines[0].Length > LabelLineLength ? lines[0][..(LabelLineLength - 1)] + "…" : lines[0];
        return lines.Count == 1 ? [first] : [first, second.Length > LabelLineLength ? second[..(LabelLineLength - 1)].TrimEnd() + "…" : second];
    }

    /// <summary>An SVG coordinate: invariant culture, one decimal.</summary>
    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
