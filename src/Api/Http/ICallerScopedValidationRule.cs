using System.Security.Claims;
using GraphQL.Validation;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// A validation rule whose verdict on a document depends on nothing but the document and the
/// caller's scope (for example the caller's role): not on variables, not on the time. The endpoint
/// runs every registered one on a new document, and on a cached document only for a scope that has
/// not passed it yet (<see cref="ValidatedDocument"/>), so a repeated query skips the rule's walk
/// over the document. Register implementations as singletons of this interface.
/// </summary>
public interface ICallerScopedValidationRule : IValidationRule
{
    /// <summary>The caller's scope: 0 to 31, equal for all callers the rule treats alike (e.g. 0 for anonymous callers).</summary>
    int ScopeOf(ClaimsPrincipal? user);
}
