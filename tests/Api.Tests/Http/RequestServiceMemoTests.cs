using Dialoogtafels.Api.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>The request-service memo hands out what the scope would, resolving shared services once.</summary>
public class RequestServiceMemoTests
{
    private sealed class Counted
    {
        public static int Made;

        public Counted() => Interlocked.Increment(ref Made);
    }

    private sealed class Fresh;

    [Fact]
    public void Scoped_and_singleton_services_are_resolved_once_transient_ones_every_time()
    {
        var services = new ServiceCollection();
        services.AddScoped<Counted>();
        services.AddTransient<Fresh>();
        services.AddOptions<GraphQLHttpOptions>();
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var memo = new RequestServiceMemo(scope.ServiceProvider, new SharedServiceTypes(services));

        Counted.Made = 0;
        Assert.Same(memo.GetRequiredService<Counted>(), memo.GetRequiredService<Counted>());
        Assert.Same(scope.ServiceProvider.GetRequiredService<Counted>(), memo.GetRequiredService<Counted>()); // the scope's own instance
        Assert.Equal(1, Counted.Made);
        Assert.NotSame(memo.GetRequiredService<Fresh>(), memo.GetRequiredService<Fresh>());
        Assert.Same(memo.GetRequiredService<IOptions<GraphQLHttpOptions>>(), memo.GetRequiredService<IOptions<GraphQLHttpOptions>>()); // open generic singleton
        Assert.Null(memo.GetService(typeof(Uri)));
        Assert.Throws<InvalidOperationException>(() => memo.GetRequiredService<Uri>());
    }
}
