using System.Globalization;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// The round a Pabulib file describes, read from its META section, and how it maps onto a
/// <see cref="Dialogue"/> of track <see cref="DialogueTrack.CommunityBudget"/>.
/// </summary>
/// <remarks>
/// Identity: META <c>country</c>, <c>unit</c>, <c>instance</c> and, when present, <c>subunit</c> (the
/// format page: several rounds of one unit and instance differ by subunit, e.g. Warsaw's districts).
/// The dialogue slug is <see cref="Slugs.From"/> of "pabulib {country} {unit} {instance} [{subunit}]",
/// e.g. <c>pabulib-netherlands-amsterdam-166</c>; idea references are
/// <c>pabulib:{country}/{unit}/{instance}[/{subunit}]/{project_id}</c>.
/// </remarks>
internal sealed record PabulibRound(
    string FileName,
    string Country,
    string Unit,
    string Instance,
    string? Subunit,
    string Slug,
    string Title,
    string Description,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    bool CostsInEuro,
    string Currency)
{
    /// <summary>The currency Idea.CostEstimate is kept in.</summary>
    public const string Euro = "EUR";

    /// <summary>Reads the round from <paramref name="file"/>'s META section.</summary>
    public static PabulibRound From(PabulibFile file)
    {
        var country = file.MetaValue("country")!;
        var unit = file.MetaValue("unit")!;
        var instance = file.MetaValue("instance")!;
        var subunit = file.MetaValue("subunit");
        var currency = (file.MetaValue("currency") ?? Euro).ToUpperInvariant();
        var slug = Slugs.From(string.Join(' ', new[] { "pabulib", country, unit, instance, subunit }.OfType<string>()));
        var title = ImportText.SingleLine(file.MetaValue("description") ?? $"Participatiebegroting {unit} {instance}");
        return new PabulibRound(
            file.FileName,
            country,
            unit,
            instance,
            subunit,
            slug,
            ImportText.Cap(title, Dialogue.TitleMaxLength),
            Describe(file, unit, subunit, currency),
            PabulibDates.Begin(file.MetaValue("date_begin")),
            PabulibDates.End(file.MetaValue("date_end")),
            currency == Euro,
            currency);
    }

    /// <summary>The organiser: the municipality (META <c>unit</c>), capped at <see cref="Dialogue.OrganiserMaxLength"/> characters.</summary>
    public string Organiser => ImportText.Cap(Unit, Dialogue.OrganiserMaxLength);

    /// <summary>Stable reference of project <paramref name="projectId"/> of this round, capped at the column length.</summary>
    public string ExternalReference(string projectId) =>
        ImportText.Cap($"pabulib:{Country}/{Unit}/{Instance}/{(Subunit is null ? "" : Subunit + "/")}{projectId}",
            Domain.Ideas.Idea.ExternalReferenceMaxLength);

    /// <summary>Copies the file's values onto <paramref name="dialogue"/> (status, track and phase are left to the caller).</summary>
    public void ApplyTo(Dialogue dialogue)
    {
        dialogue.Title = Title;
        dialogue.Description = Description;
        dialogue.Organiser = Organiser;
        dialogue.PeriodStart = PeriodStart;
        dialogue.PeriodEnd = PeriodEnd;
    }

    private static string Describe(PabulibFile file, string unit, string? subunit, string currency)
    {
        var lines = new List<string>
        {
            $"Participatiebegroting van {unit}, geïmporteerd uit Pabulib (https://pabulib.org), bestand {file.FileName}.",
        };
        if (file.MetaValue("budget") is { } budgetText)
        {
            var amount = decimal.TryParse(budgetText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var budget)
                ? ImportText.DutchAmount(budget)
                : budgetText;
            lines.Add(currency == Euro ? $"Budget: € {amount}." : $"Budget: {amount} {currency}.");
        }

        if (file.MetaValue("district") is { } district) lines.Add($"Stadsdeel: {district}.");
        if (subunit is not null) lines.Add($"Deelgebied: {subunit}.");
        var voters = file.VoteCount > 0 ? ImportText.DutchAmount(file.VoteCount) : file.MetaValue("num_votes");
        lines.Add(voters is null
            ? $"{file.Projects.Count} projecten."
            : $"{file.Projects.Count} projecten, {voters} stemmers.");
        return string.Join('\n', lines);
    }
}
