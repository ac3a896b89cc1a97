using Microsoft.EntityFrameworkCore;
using Dialoogtafels.Api.Data.Editing;
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
            async (s, db, ct) => s.TableId is null || await db.Set<Table>().AnyAsync(t => t.Id == s.TableId && t.DialogueId == s.DialogueId, ct));
        Choice(x => x.Kind, required: true);
        Text(x => x.Title, Story.TitleMaxLength, required: true);
        Text(x => x.Body, 20_000);
        Value(x => x.IsParaphrase);
    }
}
