using Microsoft.EntityFrameworkCore;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>The editable fields of a <see cref="Story"/>.</summary>
public sealed class StoryEditing : EditableFields<Story>
{
    public StoryEditing()
        : base(StoryFeature.TypeName, new ContentMutationNames(
            Create: "createStory", Update: "updateStory", SubmitForReview: "submitForReviewStory", Publish: "publishStory",
            Unpublish: "unpublishStory", Archive: "archiveStory", Delete: "deleteStory", Restore: "restoreStory"))
    {
        Reference<Dialogue>(x => x.DialogueId, "dialogueId");
        Reference<Table>(x => x.TableId, "tableId");
        Rule(x => x.TableId, "must be a table of the dialogue (`dialogueId`).",
            async (s, db, ct) => s.TableId is null || s.IsAtTableOfItsDialogue(await db.Set<Table>().Where(t => t.Id == s.TableId).Select(t => (int?)t.DialogueId).FirstOrDefaultAsync(ct)));
        Choice(x => x.Kind, required: true);
        Text(x => x.Title, Story.TitleMaxLength, required: true);
        Text(x => x.Body, Story.BodyMaxLength);
        Value(x => x.IsParaphrase);
        Links(ThemeLinks.Themes, "themeIds");
    }
}
