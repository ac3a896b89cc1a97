using Dialoogtafels.Api.Data.Editing;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary><c>interface Error { message: String! }</c> (HotChocolate mutation conventions).</summary>
public sealed class ErrorInterface : InterfaceGraphType
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "An expected reason why a mutation did not change anything.";
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, for people.");
    }
}

/// <summary>Base of the error object types: implements <c>Error</c>, recognises its <see cref="WriteProblem"/>.</summary>
public abstract class ErrorType<TProblem> : ObjectGraphType<TProblem> where TProblem : WriteProblem
{
    protected ErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = value => value is TProblem;
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}

/// <summary><c>ValidationError</c>: invalid input, with the path of the input field.</summary>
public sealed class ValidationErrorType : ErrorType<ValidationProblem>
{
    public ValidationErrorType()
        : base("ValidationError", "The input is not valid; nothing was changed.") =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path")
            .Description("The input field, e.g. [\"input\", \"title\"].").Resolve(c => c.Source.Path);
}

/// <summary><c>NotFoundError</c>: no item you may see has the id.</summary>
public sealed class NotFoundErrorType : ErrorType<NotFoundProblem>
{
    public NotFoundErrorType()
        : base("NotFoundError", "No item you may see has this id.") =>
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id that was not found.").Resolve(c => c.Source.Id);
}

/// <summary><c>ConcurrencyError</c>: the item changed since the client read it.</summary>
public sealed class ConcurrencyErrorType : ErrorType<ConcurrencyProblem>
{
    public ConcurrencyErrorType()
        : base("ConcurrencyError", "The item was changed since you read it; nothing was changed. Reload it and apply your change again.") =>
        Field<NonNullGraphType<IntGraphType>>("currentVersion").Description("The item's version now.").Resolve(c => c.Source.CurrentVersion);
}

/// <summary><c>NotAuthorizedError</c>: the caller's role may not do this.</summary>
public sealed class NotAuthorizedErrorType : ErrorType<NotAuthorizedProblem>
{
    public NotAuthorizedErrorType()
        : base("NotAuthorizedError", "Your role may not do this; nothing was changed.") =>
        Field<NonNullGraphType<RoleType>>("requiredRole").Description("The role that may.").Resolve(c => c.Source.RequiredRole);
}

/// <summary>GraphQL enum <c>Role { EDITOR PUBLISHER ADMIN }</c>.</summary>
public sealed class RoleType : EnumerationGraphType<Security.Role>
{
    public RoleType()
    {
        Name = "Role";
        Description = "CMS roles, each including the ones before it.";
    }
}
