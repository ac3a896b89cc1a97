using System.Security.Claims;
using Dialoogtafels.Api.Http;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Dialoogtafels.Api.Security;

/// <summary>
/// Rejects a request that selects a field the caller may not use, before anything runs: the
/// field's own required role, its parent type's and its (unwrapped) return type's
/// (<see cref="Authorization"/>). An anonymous caller gets <c>AUTH_NOT_AUTHENTICATED</c>, a caller
/// with too low a role <c>AUTH_NOT_AUTHORIZED</c>; both are validation errors (HTTP 400 with
/// <c>application/graphql-response+json</c>) that name the field. Only the operation that runs and
/// the fragments it uses are checked: a document may hold a mutation next to the query a reader
/// selects with <c>operationName</c> (GraphQL spec §6.1, "Executing Requests": one operation is
/// executed). The verdict depends on the document, the operation and the caller's role only, so
/// the endpoint runs the rule once per document, operation and role (<see cref="ICallerScopedValidationRule"/>).
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase, ICallerScopedValidationRule
{
    /// <summary>0 for an anonymous caller (or one without a known role), else the number of the caller's <see cref="Role"/>.</summary>
    public int ScopeOf(ClaimsPrincipal? user) => Roles.Of(user) is { } role ? (int)role : 0;

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        // Whether the definition being walked runs: the selected operation, or a fragment it uses.
        private bool runs = true;
        private List<GraphQLFragmentDefinition>? used;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    runs = context.Operation is null || ReferenceEquals(operation, context.Operation);
                    break;
                case GraphQLFragmentDefinition fragment:
                    used ??= context.Operation is null ? null : context.GetRecursivelyReferencedFragments(context.Operation) ?? [];
                    runs = used is null || used.Contains(fragment);
                    break;
                case GraphQLField field when runs:
                    Check(field, context);
                    break;
            }

            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

        private static void Check(GraphQLField field, ValidationContext validation)
        {
            var definition = validation.TypeInfo.GetFieldDef();
            if (definition is null) return;
            var parent = validation.TypeInfo.GetParentType();
            var required = new[] { definition.RequiredRole(), parent?.RequiredRole(), definition.ResolvedType?.GetNamedType().RequiredRole() }
                .Where(r => r is not null).Max();
            if (required is not { } role || Roles.Has(validation.User, role)) return;

            var anonymous = Roles.Of(validation.User) is null;
            var message = anonymous
                ? $"Sign in to use the field '{definition.Name}': it requires the role {Roles.Name(role)}."
                : $"The field '{definition.Name}' requires the role {Roles.Name(role)}.";
            validation.ReportError(new ValidationError(validation.Document.Source, null, message, field)
            {
                Code = anonymous ? Authorization.NotAuthenticated : Authorization.NotAuthorized,
            });
        }
    }
}
