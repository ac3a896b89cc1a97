using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.ParticipantGroups;

namespace Dialoogtafels.Api.GraphQL.ParticipantGroups;

/// <summary>GraphQL type <c>ParticipantGroup</c>: a category of participants.</summary>
public sealed class ParticipantGroupType : NodeType<ParticipantGroup>
{
    public ParticipantGroupType()
        : base(ParticipantGroupFeature.TypeName, "A category of participants (inwoners, jongeren, ondernemers, …), counted per table.")
    {
        Field(x => x.Name).Description("Name, in Dutch.");
        Field(x => x.Slug).Description("Unique URL-safe name.");
        Field(x => x.Description, nullable: true).Description("Description, in Dutch.");
    }
}
