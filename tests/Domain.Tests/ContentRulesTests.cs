using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Domain.Tests;

public class ContentRulesTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("2021-05-01", null, true)]
    [InlineData(null, "2021-05-01", true)]
    [InlineData("2021-05-01", "2021-05-01", true)]
    [InlineData("2021-05-01", "2021-06-01", true)]
    [InlineData("2021-06-01", "2021-05-31", false)]
    public void A_period_may_not_end_before_it_starts(string? start, string? end, bool inOrder)
    {
        var (from, to) = (Day(start), Day(end));
        Assert.Equal(inOrder, ContentRules.PeriodIsInOrder(from, to));
        Assert.Equal(inOrder, new Dialogue { Title = "Reeks", Slug = "reeks", PeriodStart = from, PeriodEnd = to }.PeriodIsInOrder());
    }

    [Theory]
    [InlineData(null, null, 1, true)]   // no table
    [InlineData(7, 1, 1, true)]         // a table of the dialogue
    [InlineData(7, 2, 1, false)]        // a table of another dialogue
    [InlineData(7, null, 1, false)]     // a table that does not exist
    public void A_table_of_an_item_belongs_to_the_item_s_dialogue(int? tableId, int? dialogueIdOfTable, int dialogueId, bool holds)
    {
        Assert.Equal(holds, ContentRules.TableBelongsToDialogue(tableId, dialogueIdOfTable, dialogueId));
        Assert.Equal(holds, new Idea { Title = "Idee", DialogueId = dialogueId, TableId = tableId }.IsAtTableOfItsDialogue(dialogueIdOfTable));
        Assert.Equal(holds, new Story { Title = "Verhaal", DialogueId = dialogueId, TableId = tableId }.IsAtTableOfItsDialogue(dialogueIdOfTable));
    }

    [Theory]
    [InlineData(PublicationStatus.Draft, PublicationStatus.Draft, true)]
    [InlineData(PublicationStatus.Draft, PublicationStatus.Published, true)]
    [InlineData(PublicationStatus.Archived, PublicationStatus.Draft, true)]
    [InlineData(PublicationStatus.Published, PublicationStatus.Published, true)]
    [InlineData(PublicationStatus.Published, PublicationStatus.Draft, false)]
    [InlineData(PublicationStatus.Published, PublicationStatus.Archived, false)]
    public void A_published_theme_merges_only_into_a_published_theme(PublicationStatus source, PublicationStatus target, bool allowed)
    {
        var from = new Theme { Name = "Bron", Slug = "bron", Status = source };
        Assert.Equal(allowed, from.MayMergeInto(new Theme { Name = "Doel", Slug = "doel", Status = target }));
    }

    [Theory]
    [InlineData(null, new int[0], true)]          // a top theme
    [InlineData(2, new[] { 2, 1 }, true)]          // under another branch
    [InlineData(7, new[] { 7 }, false)]            // itself
    [InlineData(9, new[] { 9, 8, 7 }, false)]      // its own grandchild: 7 is above 9
    public void A_theme_may_not_hang_under_itself_or_its_descendants(int? parentId, int[] parentAndItsAncestors, bool allowed)
    {
        var theme = new Theme { Id = 7, Name = "Thema", Slug = "thema" };
        Assert.Equal(allowed, theme.MayHaveAsParent(parentId, parentAndItsAncestors));
        Assert.True(new Theme { Name = "Nieuw", Slug = "nieuw" }.MayHaveAsParent(parentId, parentAndItsAncestors)); // a new theme has no descendants
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
