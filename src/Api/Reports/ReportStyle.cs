namespace Dialoogtafels.Api.Reports;

/// <summary>The inline stylesheet of the report pages: readable on screen, and on paper through <c>@media print</c>.</summary>
internal static class ReportStyle
{
    public const string Css = """

        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff;
               max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 2rem; margin: .2rem 0 .5rem; }
        h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 2px solid #154273; padding-bottom: .2rem; }
        h3 { font-size: 1.15rem; margin-top: 1.5rem; }
        h4 { margin: 0 0 .2rem; font-size: 1rem; }
        a { color: #154273; }
        .kicker { text-transform: uppercase; letter-spacing: .05em; font-size: .85rem; color: #4a4a4a; margin: 0; }
        .lead { font-size: 1.1rem; }
        .muted, .meta { color: #4a4a4a; }
        .meta { font-size: .9rem; margin: 0 0 .4rem; }
        dl.facts, dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .75rem; margin: 1rem 0; }
        dl.facts div, dl.figures div { background: #f3f6f9; border-left: 4px solid #154273; padding: .5rem .75rem; }
        dt { font-size: .85rem; color: #4a4a4a; }
        dd { margin: 0; font-weight: 600; }
        dl.figures dd { font-size: 1.4rem; }
        dd .note { display: block; font-size: .8rem; font-weight: 400; color: #4a4a4a; }
        figure { margin: 1rem 0; }
        figcaption { font-size: .9rem; color: #4a4a4a; margin-top: .3rem; }
        svg.chart { max-width: 100%; height: auto; font-family: inherit; }
        svg.chart text { fill: #1a1a1a; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
        caption { text-align: left; font-weight: 600; margin-bottom: .3rem; }
        th, td { border-bottom: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #1a1a1a; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        article.story { border-left: 4px solid #888; padding: .2rem .9rem; margin: .9rem 0; background: #fafafa; }
        article.concern { border-left-color: #D55E00; }
        article.opportunity { border-left-color: #009E73; }
        ul.documents li { margin-bottom: .5rem; }
        footer { margin-top: 3rem; border-top: 1px solid #d0d7de; font-size: .9rem; color: #4a4a4a; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          h2 { break-after: avoid; }
          section.chart-section, figure, table, article.story, dl { break-inside: avoid; }
          .no-print { display: none; }
          a { color: inherit; text-decoration: none; }
          ul.documents a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; }
          dl.facts div, dl.figures div, article.story, svg.chart rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """;
}
