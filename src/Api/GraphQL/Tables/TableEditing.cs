using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary>The editable fields of a <see cref="Table"/>.</summary>
public sealed class TableEditing : EditableFields<Table>
{
    public TableEditing()
        : base(TableFeature.TypeName, new ContentMutationNames(
            Create: "createTable", Update: "updateTable", SubmitForReview: "submitForReviewTable", Publish: "publishTable",
            Unpublish: "unpublishTable", Archive: "archiveTable", Delete: "deleteTable", Restore: "restoreTable"))
    {
        Reference<Dialogue>(x => x.DialogueId, "dialogueId");
        Text(x => x.Title, Table.TitleMaxLength, required: true);
        Value(x => x.Date);
        Choice(x => x.Format, required: true);
        Text(x => x.HostRole, Table.HostRoleMaxLength);
        Text(x => x.Municipality, Table.MunicipalityMaxLength);
        Value(x => x.ParticipantCount, minimum: Table.ParticipantCountMinimum);
        Links(ThemeLinks.Themes, "themeIds");
    }
}
