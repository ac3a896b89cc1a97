using Microsoft.EntityFrameworkCore;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>The editable fields of an <see cref="Idea"/>.</summary>
public sealed class IdeaEditing : EditableFields<Idea>
{
    public IdeaEditing()
        : base(IdeaFeature.TypeName, new ContentMutationNames(
            Create: "createIdea", Update: "updateIdea", SubmitForReview: "submitForReviewIdea", Publish: "publishIdea",
            Unpublish: "unpublishIdea", Archive: "archiveIdea", Delete: "deleteIdea", Restore: "restoreIdea"))
    {
        Reference<Dialogue>(x => x.DialogueId, "dialogueId");
        Reference<Table>(x => x.TableId, "tableId");
        Rule(x => x.TableId, "must be a table of the dialogue (`dialogueId`).",
            async (i, db, ct) => i.TableId is null || i.IsAtTableOfItsDialogue(await db.Set<Table>().Where(t => t.Id == i.TableId).Select(t => (int?)t.DialogueId).FirstOrDefaultAsync(ct)));
        Text(x => x.Title, Idea.TitleMaxLength, required: true);
        Text(x => x.Description, Idea.DescriptionMaxLength);
        Choices(x => x.ProposedActors);
        Value(x => x.SupportCount, minimum: Idea.SupportCountMinimum);
        Value(x => x.CostEstimate, minimum: Idea.CostEstimateMinimum, maximum: Idea.CostEstimateMaximum, decimals: Idea.CostEstimateDecimals);
        Choice(x => x.Source, required: true);
        Text(x => x.ExternalReference, Idea.ExternalReferenceMaxLength);
        Choice(x => x.BudgetSelection);
        Value(x => x.IsParaphrase);
        Links(ThemeLinks.Themes, "themeIds");
    }
}
