using System.Security.Claims;
using Dialoogtafels.Api.Security;
using GraphQL.Validation;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// The operation limits of one caller, from <see cref="GraphQLHttpOptions"/>: anonymous callers get
/// <c>GraphQL:MaxRootFields</c>, <c>GraphQL:MaxAliases</c> and <c>GraphQL:MaxResponseItems</c>, CMS users
/// (<c>EDITOR</c> or higher, as the rate limiter tells them apart) the <c>GraphQL:Cms…</c> ones. A limit of 0 is
/// off. The root fields and aliases are counted by <see cref="DocumentGuard"/> (<see cref="DocumentShape"/>) and
/// refused here (<see cref="Refusals"/>) before GraphQL.NET validates the document; the response items are an
/// upper bound from page sizes, checked with the complexity analysis (<see cref="ResponseItemsValidationRule"/>).
/// The codes and what they count follow Apollo Router's operation limits (<c>max_root_fields</c>,
/// <c>max_aliases</c>: 400 with <c>MAX_ROOT_FIELDS_LIMIT</c>, <c>MAX_ALIASES_LIMIT</c>).
/// </summary>
/// <param name="Tier">0 for anonymous callers, 1 for CMS users (<see cref="TierOf"/>).</param>
/// <param name="MaxRootFields">Most root fields (distinct response names at the top of the operation, fragments expanded).</param>
/// <param name="MaxAliases">Most aliased fields (every aliased field of the operation, fragments expanded at each spread).</param>
/// <param name="MaxResponseItems">Most list items the response may hold (<see cref="ResponseItemsValidationRule"/>).</param>
internal sealed record OperationLimits(int Tier, int MaxRootFields, int MaxAliases, int MaxResponseItems)
{
    /// <summary>Code when the operation has more root fields than the caller's limit.</summary>
    public const string RootFieldsCode = "MAX_ROOT_FIELDS_LIMIT";

    /// <summary>Code when the operation has more aliased fields than the caller's limit.</summary>
    public const string AliasesCode = "MAX_ALIASES_LIMIT";

    /// <summary>Code when the response could hold more list items than the caller's limit.</summary>
    public const string ResponseItemsCode = "MAX_RESPONSE_ITEMS_LIMIT";

    /// <summary>The number of tiers (<see cref="Tier"/> is below it).</summary>
    public const int Tiers = 2;

    /// <summary>1 for a CMS user (<c>EDITOR</c> or higher), else 0.</summary>
    public static int TierOf(ClaimsPrincipal? user) => Roles.Has(user, Role.Editor) ? 1 : 0;

    /// <summary>The limits of <paramref name="user"/>'s tier.</summary>
    public static OperationLimits Of(GraphQLHttpOptions options, ClaimsPrincipal? user) => TierOf(user) == 0
        ? new(0, options.MaxRootFields, options.MaxAliases, options.MaxResponseItems)
        : new(1, options.CmsMaxRootFields, options.CmsMaxAliases, options.CmsMaxResponseItems);

    /// <summary>Who the limits are for, in error messages.</summary>
    public string Callers => Tier == 0 ? "anonymous callers" : "CMS users";

    /// <summary>
    /// The errors for <paramref name="shape"/> over these limits (<see cref="RootFieldsCode"/>, <see cref="AliasesCode"/>),
    /// each naming the count and the limit; empty within them.
    /// </summary>
    public IReadOnlyList<ValidationError> Refusals(DocumentShape shape)
    {
        List<ValidationError>? errors = null;
        if (MaxRootFields > 0 && shape.RootFields > MaxRootFields)
        {
            (errors ??= []).Add(new ValidationError(
                $"The operation selects {shape.RootFields} root fields (aliases and fragments included); at most {MaxRootFields} are allowed for {Callers}. Split it into smaller requests.")
            { Code = RootFieldsCode });
        }

        if (MaxAliases > 0 && shape.Aliases > MaxAliases)
        {
            (errors ??= []).Add(new ValidationError(
                $"The operation has {shape.Aliases} aliased fields (fragments counted at each spread); at most {MaxAliases} are allowed for {Callers}. Split it into smaller requests.")
            { Code = AliasesCode });
        }

        return errors ?? (IReadOnlyList<ValidationError>)[];
    }
}

/// <summary>
/// What <see cref="DocumentGuard"/> counts in a document, for <see cref="OperationLimits.Refusals"/>: the most
/// root fields and aliased fields of one of its checked operations.
/// </summary>
/// <param name="RootFields">Distinct response names (alias, else field name) at the top of the operation, fragments expanded.</param>
/// <param name="Aliases">Aliased fields, fragments expanded at each spread (so a fragment spread twice counts twice).</param>
internal readonly record struct DocumentShape(int RootFields, int Aliases);
