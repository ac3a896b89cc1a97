using System.Collections.Concurrent;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// The request's services as GraphQL resolvers see them (<c>ExecutionOptions.RequestServices</c>):
/// a service registered as scoped or singleton is resolved from the request scope once and then
/// read from this memo; transient and unregistered services go to the scope every time.
/// </summary>
/// <remarks>
/// Why: resolvers ask for the request's <c>DataLoaderRegistry</c> and <c>ContentVisibility</c> once
/// per field and item, and Microsoft.Extensions.DependencyInjection resolves a scoped service under a
/// lock on the scope, which parallel resolvers contend for. See
/// docs/decisions/0004-request-services-memo.md.
/// </remarks>
public sealed class RequestServiceMemo(IServiceProvider scope, SharedServiceTypes shared) : IServiceProvider, ISupportRequiredService
{
    private readonly ConcurrentDictionary<Type, object?> memo = new();

    /// <inheritdoc />
    public object? GetService(Type serviceType) =>
        shared.Contains(serviceType) ? memo.GetOrAdd(serviceType, static (type, services) => services.GetService(type), scope) : scope.GetService(serviceType);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">When no service of <paramref name="serviceType"/> is registered.</exception>
    public object GetRequiredService(Type serviceType) =>
        GetService(serviceType) ?? throw new InvalidOperationException($"No service for type '{serviceType}' has been registered.");
}

/// <summary>
/// The service types registered as scoped or singleton (closed types, and open generic definitions
/// such as <c>IOptions&lt;&gt;</c>), read from the service collection when first asked.
/// </summary>
public sealed class SharedServiceTypes(IServiceCollection services)
{
    private readonly Lazy<HashSet<Type>> registered = new(() =>
    {
        var byType = services.GroupBy(d => d.ServiceType).ToDictionary(g => g.Key, g => g.ToList());
        // A type registered more than once resolves to its last registration; keyed ones are not memoized.
        return byType.Where(p => p.Value[^1] is { IsKeyedService: false, Lifetime: not ServiceLifetime.Transient }).Select(p => p.Key).ToHashSet();
    });

    private readonly ConcurrentDictionary<Type, bool> answers = new();

    /// <summary>Whether <paramref name="type"/> is the same object for a whole request.</summary>
    public bool Contains(Type type) => answers.GetOrAdd(type, static (t, set) =>
        set.Value.Contains(t) || (t.IsConstructedGenericType && set.Value.Contains(t.GetGenericTypeDefinition())), registered);
}
