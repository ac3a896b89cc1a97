using Dialoogtafels.Api.Security;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>A feature's contribution of fields to the root <c>Mutation</c> type; found by assembly scan.</summary>
public interface IMutationFields
{
    /// <summary>Adds the feature's mutations to <paramref name="mutation"/>.</summary>
    void AddTo(ObjectGraphType mutation);
}

/// <summary>
/// The root <c>Mutation</c> type, assembled from every <see cref="IMutationFields"/>. Only CMS users
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
        foreach (var feature in features.OrderBy(f => f.GetType().Name, StringComparer.Ordinal)) feature.AddTo(this);
    }
}
