using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Persistence.Seed;

/// <summary>One dialogue series of the built-in seed; <see cref="ThemeSlug"/> is set for theme series only.</summary>
internal sealed record DialogueSeed(
    string Slug,
    string Title,
    DialogueTrack Track,
    DialoguePhase Phase,
    string? ThemeSlug,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string Description);

/// <summary>One report of the built-in seed, attached to the dialogue <see cref="DialogueSlug"/>.</summary>
internal sealed record ReportSeed(string DialogueSlug, string Title, DateOnly? PublishedOn, string? Url, string Summary);

/// <summary>One table of the built-in seed, with participant counts per group (slug, count).</summary>
internal sealed record TableSeed(
    string DialogueSlug,
    string Title,
    DateOnly? Date,
    TableFormat Format,
    string? HostRole,
    string? Municipality,
    int? ParticipantCount,
    IReadOnlyList<(string GroupSlug, int? Count)> Groups,
    IReadOnlyList<string> ThemeSlugs);

/// <summary>
/// The dialogue series, reports and known tables of the 2021 programme "Nederland na de crisis"
/// (source: /work/shared/docs/programme-2021.md, sections "Programme", "Dialogue strands and phases" and "Reports").
/// </summary>
/// <remarks>
/// Modelling choices, repeated in the descriptions:
/// <list type="bullet">
/// <item>One exploratory citizens' series, then one theme series per known citizens' theme (5 of 7).</item>
/// <item>The source lists five themes for the middenveld- and wetenschaps/pioniersdialogen, "one theme per
/// series"; the seed therefore holds one middenveld series and one wetenschap series per theme (10 in all).</item>
/// <item>The programme period (1 February – 31 May 2021) is set on the series that ran throughout it; the
/// citizens' theme series were a later second phase whose dates are unknown, so their period is left empty.</item>
/// <item>The programme-wide reports hang on the exploratory citizens' series, where the programme began:
/// the model has no programme-level entity and inventing a dialogue for it would misstate the strands.</item>
/// </list>
/// </remarks>
internal static class SeedDialogues
{
    public const string Organiser = "Rijksoverheid (DG Samenleving en COVID-19, ministerie van Justitie en Veiligheid)";

    public const string VerkenningsdialogenBurgers = "verkenningsdialogen-burgers";
    public const string Burgemeestertafels = "dialoogtafels-met-burgemeesters-en-wethouders";

    public static readonly DateOnly ProgrammeStart = new(2021, 2, 1);
    public static readonly DateOnly ProgrammeEnd = new(2021, 5, 31);

    private const string Programme =
        "Onderdeel van het programma 'Nederland na de crisis' (www.watisjouwidee.nl), dat van februari tot en met mei 2021 "
        + "80 online dialoogtafels hield. Initiatief van de Rijksoverheid met de planbureaus SCP, CPB en PBL en met "
        + "RIVM, VNG en IPO. Aan elke tafel drie vragen: wat is in de knel gekomen, wat is ontkiemd en wil je behouden, en "
        + "welke concrete ideeën volgen daaruit?";

    private const string ProgrammePeriod =
        "Als periode is de looptijd van het programma vastgelegd; de precieze data van deze reeks zijn niet gepubliceerd.";

    /// <summary>Slug of the citizens' theme series about <paramref name="themeSlug"/>.</summary>
    public static string ThemeDialogue(string themeSlug) => $"themadialoog-{themeSlug}";

    /// <summary>Slug of the middenveld series about <paramref name="themeSlug"/>.</summary>
    public static string MiddenveldDialogue(string themeSlug) => $"middenvelddialoog-{themeSlug}";

    /// <summary>Slug of the wetenschaps- en pioniers series about <paramref name="themeSlug"/>.</summary>
    public static string WetenschapDialogue(string themeSlug) => $"wetenschapsdialoog-{themeSlug}";

    public static IReadOnlyList<DialogueSeed> All { get; } = Build();

    public static IReadOnlyList<ReportSeed> Reports { get; } =
    [
        new(VerkenningsdialogenBurgers, "Rode draden 'overall'", null, null,
            "De rode draden uit alle dialogen van het programma samen, gepubliceerd op www.watisjouwidee.nl. "
            + "Publicatiedatum onbekend. Aan deze reeks gekoppeld omdat het model geen programma-niveau kent."),
        new(VerkenningsdialogenBurgers, "Rode draden burgerdialogen", null, null,
            "De rode draden uit de dialogen met burgers, gepubliceerd op www.watisjouwidee.nl. Publicatiedatum onbekend."),
        new(VerkenningsdialogenBurgers, "Nederland na de crisis: Perspectief voor en door de samenleving", new DateOnly(2021, 7, 12), null,
            "Eindrapport van het programma (34 pagina's), op 12 juli 2021 aan de Tweede Kamer gestuurd, met een samenvatting "
            + "in eenvoudige taal. Brengt de opbrengst samen in zes synthesethema's. Gepubliceerd op rijksoverheid.nl; het "
            + "volledige adres is niet vastgelegd. Aan deze reeks gekoppeld omdat het model geen programma-niveau kent."),
        new(VerkenningsdialogenBurgers, "Domeinoverstijgende herstelopgaven", new DateOnly(2021, 12, 23), null,
            "Vervolgpublicatie van 23 december 2021 over herstelopgaven die meerdere beleidsterreinen raken: vier thema's, "
            + "aangevuld met 12 essays. Aan deze reeks gekoppeld omdat het model geen programma-niveau kent."),
    ];

    public static IReadOnlyList<TableSeed> Tables { get; } =
    [
        // tubbergen.nieuws.nl, 12 April 2021: a table hosted by the mayor in April 2021, day unknown.
        // 10 participants from across the country plus 7 residents of Tubbergen: all 17 take part as
        // citizens, so they are counted in one group ("inwoners"); the dialogue description explains the split.
        new(Burgemeestertafels, "Dialoogtafel met de burgemeester van Tubbergen", null, TableFormat.Online,
            "burgemeester van Tubbergen", "Tubbergen", 17, [(SeedParticipantGroups.Inwoners, 17)], []),
    ];

    private static List<DialogueSeed> Build()
    {
        var dialogues = new List<DialogueSeed>
        {
            new(VerkenningsdialogenBurgers, "Verkenningsdialogen burgers", DialogueTrack.Citizens, DialoguePhase.Exploration,
                null, ProgrammeStart, ProgrammeEnd,
                "De eerste, open gesprekken met burgers. Deelnemers vertelden knelverhalen (wat is in de knel gekomen) en "
                + "kiemverhalen (wat is ontkiemd en verdient het om te blijven). Uit die verhalen zijn zeven thema's gehaald "
                + "voor een tweede ronde themadialogen. Aan het programma namen ruim 600 burgers deel; gepland waren ongeveer "
                + "1.500 plaatsen, verdeeld als dwarsdoorsnede van de bevolking. De rapporten van het programma als geheel "
                + "zijn aan deze reeks gekoppeld, omdat het programma hier begon. " + ProgrammePeriod + " " + Programme),
            new(Burgemeestertafels, "Dialoogtafels met burgemeesters en wethouders", DialogueTrack.Local, DialoguePhase.Exploration,
                null, ProgrammeStart, ProgrammeEnd,
                "Dialoogtafels onder leiding van een burgemeester of wethouder. Aan zo'n tafel zaten 10 deelnemers uit het hele "
                + "land en 7 inwoners van de eigen gemeente; na afloop werden de ideeën op het platform gezet. Voorbeeld: de "
                + "tafel van de burgemeester van Tubbergen in april 2021 (de precieze dag is niet bekend). Alle 17 deelnemers "
                + "zijn geteld als inwoners: de deelnemers van buiten en die uit Tubbergen praatten allemaal mee als burger. In "
                + "totaal deden 41 lokale bestuurders mee aan het programma. " + ProgrammePeriod + " " + Programme),
        };

        (string Theme, string Name)[] citizensThemes =
        [
            (SeedThemes.Gezondheid, "Gezondheid"),
            (SeedThemes.NatuurEnMilieu, "Natuur en milieu"),
            (SeedThemes.GelukEnOntspanning, "Geluk en ontspanning"),
            (SeedThemes.OnderwijsEnWerk, "Onderwijs en werk"),
            (SeedThemes.SamenLeven, "Samen leven"),
        ];
        foreach (var (theme, name) in citizensThemes)
        {
            dialogues.Add(new(ThemeDialogue(theme), $"Themadialoog {name}", DialogueTrack.Citizens, DialoguePhase.Theme,
                theme, null, null,
                $"Reeks themadialogen met burgers over '{name}', de tweede fase van de burgerdialogen. Het thema is een van "
                + "de zeven die uit de verkenningsdialogen naar voren kwamen (vijf daarvan zijn bekend). Elke reeks kreeg een "
                + "eigen rapport. De reeks viel binnen februari–mei 2021; begin- en einddatum zijn niet bekend en daarom leeg. "
                + Programme));
        }

        (string Theme, string Name)[] strandThemes =
        [
            (SeedThemes.CohesieEnVertrouwen, "Samenleving: cohesie en vertrouwen"),
            (SeedThemes.VitaliteitEnGezondheid, "Vitaliteit & gezondheid"),
            (SeedThemes.KorteTermijnLangeTermijn, "Korte-termijnmaatregelen voor lange-termijntransitie"),
            (SeedThemes.BredeWelvaart, "Economisch herstel en brede welvaart"),
            (SeedThemes.BestuurlijkeVeerkracht, "Bestuurlijke veerkracht"),
        ];
        const string perTheme =
            "Volgens de bron had elke reeks één thema, uit dezelfde vijf thema's voor middenveld en wetenschap; deze seed "
            + "legt daarom per thema één middenveldreeks en één wetenschapsreeks vast.";
        foreach (var (theme, name) in strandThemes)
        {
            dialogues.Add(new(MiddenveldDialogue(theme), $"Middenvelddialoog {name}", DialogueTrack.CivilSociety, DialoguePhase.Theme,
                theme, ProgrammeStart, ProgrammeEnd,
                $"Dialoog met bedrijven en maatschappelijke organisaties over '{name}'. In het programma als geheel deden "
                + $"128 bedrijven en maatschappelijke organisaties mee. {perTheme} {ProgrammePeriod} {Programme}"));
        }

        foreach (var (theme, name) in strandThemes)
        {
            dialogues.Add(new(WetenschapDialogue(theme), $"Wetenschaps- en pioniersdialoog {name}", DialogueTrack.Science, DialoguePhase.Theme,
                theme, ProgrammeStart, ProgrammeEnd,
                $"Dialoog met wetenschappers en pioniers over '{name}'. In het programma als geheel deden "
                + $"50 wetenschappers mee. {perTheme} {ProgrammePeriod} {Programme}"));
        }

        return dialogues;
    }
}
