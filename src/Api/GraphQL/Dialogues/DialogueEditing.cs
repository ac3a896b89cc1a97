using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary>The editable fields of a <see cref="Dialogue"/>, one line each; its CMS mutations derive from them.</summary>
public sealed class DialogueEditing : EditableFields<Dialogue>
{
    public DialogueEditing()
        : base(DialogueFeature.DialogueTypeName, new ContentMutationNames(
            Create: "createDialogue", Update: "updateDialogue", SubmitForReview: "submitForReviewDialogue", Publish: "publishDialogue",
            Unpublish: "unpublishDialogue", Archive: "archiveDialogue", Delete: "deleteDialogue", Restore: "restoreDialogue"))
    {
        Text(x => x.Title, Dialogue.TitleMaxLength, required: true);
        Slug(x => x.Slug);
        Text(x => x.Description, Dialogue.DescriptionMaxLength);
        Choice(x => x.Track, required: true);
        Choice(x => x.Phase, required: true);
        Value(x => x.PeriodStart);
        Value(x => x.PeriodEnd);
        Text(x => x.Organiser, Dialogue.OrganiserMaxLength);
        Reference<Theme>(x => x.ThemeId, "themeId");
        Rule(x => x.PeriodEnd, "may not be before periodStart.", d => d.PeriodIsInOrder());
    }
}
