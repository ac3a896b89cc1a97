using Dialoogtafels.Api.Security;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>An expected reason why a write did not happen; the GraphQL layer turns each into an error type of the payload.</summary>
public abstract record WriteProblem(string Message);

/// <summary>Invalid input: <paramref name="Path"/> names the input field (e.g. <c>["input", "title"]</c>).</summary>
public sealed record ValidationProblem(IReadOnlyList<string> Path, string Message) : WriteProblem(Message);

/// <summary>No item you may see has the id <paramref name="Id"/>.</summary>
public sealed record NotFoundProblem(string Id, string Message) : WriteProblem(Message);

/// <summary>The item changed since the version the client saw; <paramref name="CurrentVersion"/> is the version now.</summary>
public sealed record ConcurrencyProblem(int CurrentVersion, string Message) : WriteProblem(Message);

/// <summary>The caller's role may not do this; <paramref name="RequiredRole"/> may.</summary>
public sealed record NotAuthorizedProblem(Role RequiredRole, string Message) : WriteProblem(Message);

/// <summary>The outcome of a write: the saved entity, or the problems that stopped it (then nothing was written).</summary>
public sealed record WriteResult(object? Entity, IReadOnlyList<WriteProblem> Problems)
{
    public static WriteResult Failed(params WriteProblem[] problems) => new(null, problems);

    public static WriteResult Saved(object entity) => new(entity, []);
}
