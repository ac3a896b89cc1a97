using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Domain.ParticipantGroups;

namespace Dialoogtafels.Api.GraphQL.ParticipantGroups;

/// <summary>The editable fields of a <see cref="ParticipantGroup"/>.</summary>
public sealed class ParticipantGroupEditing : EditableFields<ParticipantGroup>
{
    public ParticipantGroupEditing()
        : base(ParticipantGroupFeature.TypeName, new ContentMutationNames(
            Create: "createParticipantGroup", Update: "updateParticipantGroup", SubmitForReview: "submitForReviewParticipantGroup", Publish: "publishParticipantGroup",
            Unpublish: "unpublishParticipantGroup", Archive: "archiveParticipantGroup", Delete: "deleteParticipantGroup", Restore: "restoreParticipantGroup"))
    {
        Text(x => x.Name, ParticipantGroup.NameMaxLength, required: true);
        Slug(x => x.Slug);
        Text(x => x.Description, ParticipantGroup.DescriptionMaxLength);
    }
}
