using System.Text;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.Reports;

/// <summary>
/// The HTML page of a report ("Resultaten op hoofdlijnen"): one self-contained UTF-8 document with its
/// CSS inline (screen and <c>@media print</c>), no script. Every piece of content is HTML-encoded
/// (<see cref="Html"/>); labels are Dutch.
/// </summary>
internal static class ReportPage
{
    /// <summary>Most characters of a story shown as example.</summary>
    public const int ExcerptLength = 400;

    /// <summary>The page of <paramref name="report"/>.</summary>
    public static string Render(ReportModel report)
    {
        var title = report.Dialogue?.Title ?? "Nederland na de crisis";
        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} — resultaten op hoofdlijnen</title>
            <style>{ReportStyle.Css}</style>
            </head>
            <body>
            <header>
            <p class="kicker">Nederland na de crisis · Resultaten op hoofdlijnen</p>
            <h1>{Html.Encode(title)}</h1>

            """);
        if ((report.Dialogue is null ? ProgrammeDescription : report.Dialogue.Description) is { Length: > 0 } description)
            page.Append($"<p class=\"lead\">{Html.Encode(description)}</p>\n");
        if (report.Dialogue is { } dialogue) Facts(page, dialogue);
        page.Append("</header>\n<main>\n");
        Figures(page, report);
        Chart(page, report.ThemesByKind, "knelpunten-en-kansen");
        Chart(page, report.ThemesByActor, "actoren");
        Terms(page, report);
        TopIdeas(page, report.TopIdeas);
        Examples(page, report.ExampleStories);
        Documents(page, report);
        if (report.Dialogue is null) Dialogues(page, report.Dialogues);
        page.Append("</main>\n");
        Footer(page, report.Dialogue?.Slug);
        return page.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The 404 page for a slug without published dialogue.</summary>
    public static string NotFound(string slug) => $"""
        <!DOCTYPE html>
        <html lang="nl">
        <head><meta charset="utf-8"><title>Dialoog niet gevonden</title><style>{ReportStyle.Css}</style></head>
        <body>
        <main>
        <h1>Dialoog niet gevonden</h1>
        <p>Er is geen gepubliceerde dialoog met de naam <code>{Html.Encode(slug)}</code>.</p>
        <p><a href="{ReportEndpoints.Path}">Naar het overzicht van het hele programma</a></p>
        </main>
        </body>
        </html>

        """;

    private const string ProgrammeDescription =
        "In 2021 voerde de Rijksoverheid met burgers, maatschappelijke organisaties, ondernemers en wetenschappers online dialogen "
        + "over de tijd na de coronacrisis. Aan elke dialoogtafel stonden drie vragen centraal: wat is in de knel gekomen (knelpunten), "
        + "wat is ontkiemd en willen we vasthouden (kansen), en welke ideeën volgen daaruit. Dit overzicht telt alle gepubliceerde dialogen samen.";

    private static void Facts(StringBuilder page, DialogueSummary dialogue)
    {
        var period = dialogue.PeriodStart is null && dialogue.PeriodEnd is null ? "onbekend"
            : $"{(dialogue.PeriodStart is { } start ? ReportLabels.Date(start) : "onbekend")} – {(dialogue.PeriodEnd is { } end ? ReportLabels.Date(end) : "onbekend")}";
        page.Append("<dl class=\"facts\">");
        Fact(page, "Spoor", ReportLabels.Of(dialogue.Track));
        Fact(page, "Fase", ReportLabels.Of(dialogue.Phase));
        if (dialogue.ThemeName is { } theme) Fact(page, "Thema", theme);
        Fact(page, "Periode", period);
        if (dialogue.Organiser is { } organiser) Fact(page, "Organisatie", organiser);
        page.Append($"</dl>\n<p class=\"no-print\"><a href=\"{ReportEndpoints.Path}\">← Overzicht van het hele programma</a></p>\n");
    }

    private static void Fact(StringBuilder page, string label, string value, string? note = null) =>
        page.Append($"<div><dt>{Html.Encode(label)}</dt><dd>{Html.Encode(value)}{(note is null ? "" : $"<span class=\"note\">{Html.Encode(note)}</span>")}</dd></div>");

    private static void Figures(StringBuilder page, ReportModel report)
    {
        var f = report.Figures;
        page.Append("<section id=\"kerncijfers\">\n<h2>Kerncijfers</h2>\n<dl class=\"figures\">");
        if (report.Dialogue is null) Fact(page, "Dialogen", ReportLabels.Number(f.Dialogues));
        Fact(page, "Dialoogtafels", ReportLabels.Number(f.Tables));
        Fact(page, "Deelnemers", f.TablesWithParticipants == 0 ? "onbekend" : ReportLabels.Number(f.Participants),
            f.TablesWithParticipants == 0 ? "geen tafel gaf het aantal op"
            : $"opgegeven door {ReportLabels.Number(f.TablesWithParticipants)} van de {ReportLabels.Number(f.Tables)} tafels");
        Fact(page, ReportLabels.Plural(StoryKind.Concern), ReportLabels.Number(f.Concerns));
        Fact(page, ReportLabels.Plural(StoryKind.Opportunity), ReportLabels.Number(f.Opportunities));
        Fact(page, "Ideeën", ReportLabels.Number(f.Ideas));
        Fact(page, "Steunbetuigingen voor ideeën", ReportLabels.Number(f.Support));
        Fact(page, "Rapporten", ReportLabels.Number(report.Documents.Count));
        page.Append("</dl>\n</section>\n");
    }

    private static void Chart(StringBuilder page, ChartData chart, string id)
    {
        page.Append($"<section id=\"{id}\" class=\"chart-section\">\n<h2>{Html.Encode(chart.Title)}</h2>\n<figure>\n")
            .Append(SvgBarChart.Render(chart, id + "-grafiek"))
            .Append($"\n<figcaption>{Html.Encode(chart.Description)}");
        if (chart.Rows.Count > SvgBarChart.MaxRows)
            page.Append($" De grafiek toont de {SvgBarChart.MaxRows} grootste van {chart.Rows.Count} thema's; de tabel toont ze allemaal.");
        page.Append("</figcaption>\n</figure>\n");
        page.Append($"<table>\n<caption>{Html.Encode(chart.Title)}: de cijfers</caption>\n<thead><tr><th scope=\"col\">{Html.Encode(chart.RowHeader)}</th>");
        foreach (var series in chart.Series) page.Append($"<th scope=\"col\" class=\"num\">{Html.Encode(series.Label)}</th>");
        page.Append("<th scope=\"col\" class=\"num\">Totaal</th></tr></thead>\n<tbody>\n");
        foreach (var row in chart.Rows)
        {
            page.Append($"<tr><th scope=\"row\">{Html.Encode(row.Label)}</th>");
            foreach (var value in row.Values) page.Append($"<td class=\"num\">{ReportLabels.Number(value)}</td>");
            page.Append($"<td class=\"num\">{ReportLabels.Number(row.Total)}</td></tr>\n");
        }

        if (chart.Rows.Count == 0) page.Append($"<tr><td colspan=\"{chart.Series.Count + 2}\">Geen gegevens.</td></tr>\n");
        page.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Terms(StringBuilder page, ReportModel report)
    {
        page.Append("<section id=\"woorden\">\n<h2>Kenmerkende woorden per thema</h2>\n");
        page.Append($"<p>Woordstammen die in de verhalen en ideeën van een thema opvallend vaker voorkomen dan in de rest van dit overzicht "
            + $"(log-likelihood G² van Dunning), voor de {ReportReader.TermThemeCount} grootste thema's. Een woord telt mee als het in minstens "
            + $"{ReportReader.TermMinCount} verhalen of ideeën van het thema staat.</p>\n");
        if (report.Terms.Count == 0)
        {
            page.Append("<p>Er zijn nog geen thema's met gepubliceerde verhalen of ideeën.</p>\n</section>\n");
            return;
        }

        page.Append("<table>\n<thead><tr><th scope=\"col\">Thema</th><th scope=\"col\">In knelpunten en kansen</th><th scope=\"col\">In ideeën</th></tr></thead>\n<tbody>\n");
        foreach (var theme in report.Terms)
            page.Append($"<tr><th scope=\"row\">{Html.Encode(theme.Theme)}</th><td>{TermList(theme.StoryTerms)}</td><td>{TermList(theme.IdeaTerms)}</td></tr>\n");
        page.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string TermList(IReadOnlyList<string> terms) =>
        terms.Count == 0 ? "<span class=\"muted\">geen opvallende woorden</span>" : Html.Encode(string.Join(", ", terms));

    private static void TopIdeas(StringBuilder page, IReadOnlyList<TopIdea> ideas)
    {
        page.Append($"<section id=\"steun\">\n<h2>Ideeën met de meeste steun</h2>\n");
        if (ideas.Count == 0)
        {
            page.Append("<p>Er zijn nog geen gepubliceerde ideeën met steunbetuigingen.</p>\n</section>\n");
            return;
        }

        page.Append("<table>\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Idee</th><th scope=\"col\" class=\"num\">Steun</th><th scope=\"col\">Dialoog</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < ideas.Count; i++)
        {
            var idea = ideas[i];
            page.Append($"<tr><td class=\"num\">{i + 1}</td><td>{Html.Encode(idea.Title)}</td><td class=\"num\">{ReportLabels.Number(idea.SupportCount)}</td>")
                .Append(idea.DialogueSlug is { } slug
                    ? $"<td><a href=\"{Html.Encode(ReportEndpoints.PathOf(slug))}\">{Html.Encode(idea.DialogueTitle)}</a></td></tr>\n"
                    : $"<td class=\"muted\">{Html.Encode(ReportLabels.DialogueNotPublic)}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Examples(StringBuilder page, IReadOnlyList<ExampleStory> stories)
    {
        page.Append("<section id=\"verhalen\">\n<h2>Voorbeelden van verhalen</h2>\n");
        foreach (var kind in new[] { StoryKind.Concern, StoryKind.Opportunity })
        {
            page.Append($"<h3>{ReportLabels.Plural(kind)}</h3>\n");
            var ofKind = stories.Where(s => s.Kind == kind).ToList();
            if (ofKind.Count == 0) page.Append("<p>Nog geen gepubliceerde verhalen van deze soort.</p>\n");
            foreach (var story in ofKind)
            {
                page.Append($"<article class=\"story {(kind == StoryKind.Concern ? "concern" : "opportunity")}\">\n<h4>{Html.Encode(story.Title)}</h4>\n")
                    .Append($"<p class=\"meta\">{ReportLabels.Singular(kind)} · {Html.Encode(story.DialogueTitle ?? ReportLabels.DialogueNotPublic)}{(story.IsParaphrase ? " · parafrase van een gerapporteerde bevinding" : "")}</p>\n");
                if (!string.IsNullOrWhiteSpace(story.Body)) page.Append($"<p>{Html.Encode(Excerpt(story.Body))}</p>\n");
                page.Append("</article>\n");
            }
        }

        page.Append("</section>\n");
    }

    private static void Documents(StringBuilder page, ReportModel report)
    {
        page.Append("<section id=\"rapporten\">\n<h2>Rapporten</h2>\n");
        if (report.Documents.Count == 0)
        {
            page.Append("<p>Er zijn nog geen rapporten gepubliceerd.</p>\n</section>\n");
            return;
        }

        page.Append("<ul class=\"documents\">\n");
        foreach (var document in report.Documents)
        {
            var name = document.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? $"<a href=\"{Html.Encode(uri.AbsoluteUri)}\">{Html.Encode(document.Title)}</a>"
                : Html.Encode(document.Title);
            page.Append($"<li>{name}");
            var details = new List<string>();
            if (document.PublishedOn is { } on) details.Add(ReportLabels.Date(on));
            if (report.Dialogue is null) details.Add(document.DialogueTitle ?? ReportLabels.DialogueNotPublic);
            if (details.Count > 0) page.Append($" <span class=\"muted\">({Html.Encode(string.Join(", ", details))})</span>");
            if (!string.IsNullOrWhiteSpace(document.Summary)) page.Append($"<br>{Html.Encode(document.Summary)}");
            page.Append("</li>\n");
        }

        page.Append("</ul>\n</section>\n");
    }

    private static void Dialogues(StringBuilder page, IReadOnlyList<DialogueSummary> dialogues)
    {
        page.Append("<section id=\"dialogen\">\n<h2>De dialogen</h2>\n<table>\n<thead><tr><th scope=\"col\">Dialoog</th><th scope=\"col\">Spoor</th><th scope=\"col\">Fase</th></tr></thead>\n<tbody>\n");
        foreach (var d in dialogues)
        {
            page.Append($"<tr><td><a href=\"{Html.Encode(ReportEndpoints.PathOf(d.Slug))}\">{Html.Encode(d.Title)}</a></td>")
                .Append($"<td>{Html.Encode(ReportLabels.Of(d.Track))}</td><td>{Html.Encode(ReportLabels.Of(d.Phase))}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Footer(StringBuilder page, string? slug)
    {
        var where = slug is null ? "" : "?where=" + Uri.EscapeDataString("{\"dialogue\":{\"slug\":{\"eq\":\"" + slug + "\"}}}");
        string Link(string file) => $"<a href=\"{Html.Encode($"/export/{file}{where}")}\">{Html.Encode(file)}</a>";
        page.Append($"""
            <footer>
            <p>Dit overzicht toont alleen gepubliceerde inhoud. Opgesteld op {ReportLabels.Date(DateOnly.FromDateTime(DateTime.UtcNow))}.</p>
            <p>Open data{(slug is null ? "" : " van deze dialoog")}: ideeën als {Link("ideas.csv")} of {Link("ideas.jsonl")}, verhalen als {Link("stories.csv")} of {Link("stories.jsonl")}.</p>
            </footer>

            """);
    }

    private static string Excerpt(string text)
    {
        text = text.Trim();
        if (text.Length <= ExcerptLength) return text;
        var cut = text.LastIndexOf(' ', ExcerptLength);
        return text[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)].TrimEnd() + " …";
    }
}
