using Dialoogtafels.Api.Security;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>A feature's contribution of fields to the root <c>Mutation</c> type; listed in <see cref="Features.MutationFields"/>.</summary>
public interface IMutationFields
{
    /// <summary>Adds the feature's mutations to <paramref name="mutation"/>.</summary>
    void AddTo(ObjectGraphType mutation);
}

/// <summary>
/// The root <c>Mutation</c> type, assembled from the <see cref="IMutationFields"/> of <see cref="Features.MutationFields"/>, in that order. Only CMS users
/// (EDITOR or higher) may select its fields (<see cref="AuthorizationValidationRule"/>); each write
/// checks the exact role again.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "CMS mutations: create and edit drafts, publish, delete and restore content. Requires a token with a CMS role.";
        this.RequireRole(Role.Editor);
        foreach (var feature in features) feature.AddTo(this);
    }
}
