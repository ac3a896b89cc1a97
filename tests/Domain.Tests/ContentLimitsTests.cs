using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.ParticipantGroups;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Domain.Tests;

/// <summary>
/// The limits of single fields are a published contract: the GraphQL schema quotes them
/// ("Text, at most 20000 characters", "At least 0.") and most are column lengths of the database,
/// so changing one is a schema change and often a migration. These tests pin them.
/// </summary>
public class ContentLimitsTests
{
    public static TheoryData<string, int, int> MaxLengths => new()
    {
        { "Dialogue.Title", Dialogue.TitleMaxLength, 200 },
        { "Dialogue.Description", Dialogue.DescriptionMaxLength, 20_000 },
        { "Dialogue.Organiser", Dialogue.OrganiserMaxLength, 200 },
        { "Report.Title", Report.TitleMaxLength, 300 },
        { "Report.Url", Report.UrlMaxLength, 2000 },
        { "Report.Summary", Report.SummaryMaxLength, 20_000 },
        { "Table.Title", Table.TitleMaxLength, 300 },
        { "Table.HostRole", Table.HostRoleMaxLength, 200 },
        { "Table.Municipality", Table.MunicipalityMaxLength, 200 },
        { "Idea.Title", Idea.TitleMaxLength, 300 },
        { "Idea.Description", Idea.DescriptionMaxLength, 20_000 },
        { "Idea.ExternalReference", Idea.ExternalReferenceMaxLength, 200 },
        { "Story.Title", Story.TitleMaxLength, 300 },
        { "Story.Body", Story.BodyMaxLength, 20_000 },
        { "Theme.Name", Theme.NameMaxLength, 150 },
        { "Theme.Description", Theme.DescriptionMaxLength, 5_000 },
        { "ParticipantGroup.Name", ParticipantGroup.NameMaxLength, 150 },
        { "ParticipantGroup.Description", ParticipantGroup.DescriptionMaxLength, 5_000 },
    };

    [Theory]
    [MemberData(nameof(MaxLengths))]
    public void Text_fields_have_their_published_maximum_length(string field, int constant, int published) =>
        Assert.True(constant == published, $"{field}: {constant}, published as {published}");

    [Fact]
    public void Counts_and_costs_are_never_negative()
    {
        Assert.Equal(0, Idea.SupportCountMinimum);
        Assert.Equal(0m, Idea.CostEstimateMinimum);
        Assert.Equal(0, Table.ParticipantCountMinimum);
    }
}
