namespace Dialoogtafels.Persistence.Seed;

/// <summary>One theme of the built-in seed; <see cref="ParentSlug"/> is null for a top-level theme.</summary>
internal sealed record ThemeSeed(string Slug, string Name, string? ParentSlug, string Description);

/// <summary>
/// The theme hierarchy of the 2021 programme "Nederland na de crisis"
/// (source: /work/shared/docs/programme-2021.md, sections "Synthesis themes" and "Dialogue strands and phases").
/// </summary>
/// <remarks>
/// Top level: the six synthesis themes of the final report (vng.nl, "Uitkomst landelijke dialoog").
/// Below them: the five known themes of the citizens' theme dialogues (watisjouwidee.nl, vng.nl) and the
/// five themes of the middenveld- and wetenschapsdialogen (khmw.nl). The programme itself never placed
/// those ten themes under the synthesis themes; the parent of each is an editorial choice of this seed,
/// and every child's description says so.
/// </remarks>
internal static class SeedThemes
{
    public const string NieuweOngelijkheden = "nieuwe-ongelijkheden";
    public const string DuurzaamEconomischHerstel = "duurzaam-economisch-herstel";
    public const string GezondeMensenGroeneLeefomgeving = "gezonde-mensen-in-een-groene-leefomgeving";
    public const string SocialeEnMentaleVeerkracht = "sociale-en-mentale-veerkracht";
    public const string NieuweWerkenBlendedSamenleving = "nieuwe-werken-leven-in-een-blended-samenleving";
    public const string BestuurlijkeVerhoudingen = "bestuurlijke-verhoudingen-en-inclusieve-besluitvorming";

    // Themes of the citizens' theme dialogues (5 of the 7 are known).
    public const string Gezondheid = "gezondheid";
    public const string NatuurEnMilieu = "natuur-en-milieu";
    public const string GelukEnOntspanning = "geluk-en-ontspanning";
    public const string OnderwijsEnWerk = "onderwijs-en-werk";
    public const string SamenLeven = "samen-leven";

    // Themes of the middenveld- and wetenschaps/pioniersdialogen.
    public const string CohesieEnVertrouwen = "samenleving-cohesie-en-vertrouwen";
    public const string VitaliteitEnGezondheid = "vitaliteit-en-gezondheid";
    public const string KorteTermijnLangeTermijn = "korte-termijnmaatregelen-voor-lange-termijntransitie";
    public const string BredeWelvaart = "economisch-herstel-en-brede-welvaart";
    public const string BestuurlijkeVeerkracht = "bestuurlijke-veerkracht";

    private const string Synthesis = "Een van de zes synthesethema's uit het eindrapport van juli 2021.";
    private const string CitizensSeries = "Thema van een reeks themadialogen met burgers, gekozen na de verkenningsdialogen.";
    private const string StrandSeries = "Thema van een reeks middenvelddialogen en van een reeks wetenschaps- en pioniersdialogen.";

    /// <summary>All themes, parents before their children.</summary>
    public static IReadOnlyList<ThemeSeed> All { get; } =
    [
        Top(NieuweOngelijkheden, "Nieuwe ongelijkheden",
            "Verschillen tussen groepen in de samenleving die in de crisis zijn ontstaan of groter werden."),
        Top(DuurzaamEconomischHerstel, "Duurzaam economisch herstel",
            "Een economie die na de crisis weer opbouwt en daarbij duurzamer wordt."),
        Top(GezondeMensenGroeneLeefomgeving, "Gezonde mensen in een groene leefomgeving",
            "Gezondheid en leefstijl, in samenhang met een groene omgeving om in te wonen en te ontspannen."),
        Top(SocialeEnMentaleVeerkracht, "Sociale en mentale veerkracht",
            "Hoe mensen en gemeenschappen tegenslag opvangen: onderling contact, welzijn en geestelijke gezondheid."),
        Top(NieuweWerkenBlendedSamenleving, "Nieuwe werken/leven in een blended samenleving",
            "Werken, leren en leven in een mengvorm van fysiek en online."),
        Top(BestuurlijkeVerhoudingen, "Bestuurlijke verhoudingen en inclusieve besluitvorming",
            "De samenwerking tussen overheden en besluiten waarbij iedereen kan meepraten."),

        Child(Gezondheid, "Gezondheid", GezondeMensenGroeneLeefomgeving, CitizensSeries,
            "Over lichamelijke en geestelijke gezondheid.",
            "Gezondheid past het best bij dit synthesethema."),
        Child(NatuurEnMilieu, "Natuur en milieu", GezondeMensenGroeneLeefomgeving, CitizensSeries,
            "Over natuur, buiten zijn en de kwaliteit van de leefomgeving.",
            "De groene leefomgeving is hier het gemeenschappelijke element."),
        Child(GelukEnOntspanning, "Geluk en ontspanning", SocialeEnMentaleVeerkracht, CitizensSeries,
            "Over rust, welbevinden en wat mensen gelukkig maakt.",
            "Welbevinden sluit het best aan bij mentale veerkracht."),
        Child(OnderwijsEnWerk, "Onderwijs en werk", NieuweWerkenBlendedSamenleving, CitizensSeries,
            "Over leren en werken, ook op afstand.",
            "Thuiswerken en afstandsonderwijs maken dit het nieuwe werken en leven."),
        Child(SamenLeven, "Samen leven", SocialeEnMentaleVeerkracht, CitizensSeries,
            "Over het contact tussen mensen en de onderlinge band.",
            "De onderlinge band is de sociale kant van veerkracht."),

        Child(CohesieEnVertrouwen, "Samenleving: cohesie en vertrouwen", NieuweOngelijkheden, StrandSeries,
            "Over samenhang in de samenleving en vertrouwen in elkaar en in instituties.",
            "Gekozen omdat cohesie en vertrouwen onder druk komen te staan waar de verschillen tussen groepen groeien; "
            + "'Sociale en mentale veerkracht' was ook verdedigbaar geweest."),
        Child(VitaliteitEnGezondheid, "Vitaliteit & gezondheid", GezondeMensenGroeneLeefomgeving, StrandSeries,
            "Over vitaliteit, gezondheid en preventie.",
            "Gezondheid past het best bij dit synthesethema."),
        Child(KorteTermijnLangeTermijn, "Korte-termijnmaatregelen voor lange-termijntransitie", DuurzaamEconomischHerstel, StrandSeries,
            "Over maatregelen voor nu die ook de grote veranderingen op langere termijn helpen.",
            "De transitie op lange termijn is hier gelezen als verduurzaming van het herstel."),
        Child(BredeWelvaart, "Economisch herstel en brede welvaart", DuurzaamEconomischHerstel, StrandSeries,
            "Over economisch herstel en welvaart in brede zin, dus meer dan inkomen alleen.",
            "Economisch herstel is het gemeenschappelijke element."),
        Child(BestuurlijkeVeerkracht, "Bestuurlijke veerkracht", BestuurlijkeVerhoudingen, StrandSeries,
            "Over het vermogen van het openbaar bestuur om een crisis op te vangen.",
            "Het openbaar bestuur is het gemeenschappelijke element."),
    ];

    private static ThemeSeed Top(string slug, string name, string about) =>
        new(slug, name, null, $"{Synthesis} {about}");

    private static ThemeSeed Child(string slug, string name, string parentSlug, string origin, string about, string why)
    {
        return new(slug, name, parentSlug,
            $"{origin} {about} Ondergebracht bij '{TopName(parentSlug)}': een redactionele keuze van deze seed, "
            + $"niet een indeling van het programma zelf. {why}");
    }

    private static string TopName(string slug) => slug switch
    {
        NieuweOngelijkheden => "Nieuwe ongelijkheden",
        DuurzaamEconomischHerstel => "Duurzaam economisch herstel",
        GezondeMensenGroeneLeefomgeving => "Gezonde mensen in een groene leefomgeving",
        SocialeEnMentaleVeerkracht => "Sociale en mentale veerkracht",
        NieuweWerkenBlendedSamenleving => "Nieuwe werken/leven in een blended samenleving",
        BestuurlijkeVerhoudingen => "Bestuurlijke verhoudingen en inclusieve besluitvorming",
        _ => throw new ArgumentOutOfRangeException(nameof(slug), slug, "Not a top-level theme."),
    };
}
