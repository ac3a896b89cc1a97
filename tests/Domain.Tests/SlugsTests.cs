using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Domain.Tests;

public class SlugsTests
{
    [Theory]
    [InlineData("Geïmporteerd", "geimporteerd")]
    [InlineData("Natuur en milieu", "natuur-en-milieu")]
    [InlineData("Vitaliteit & gezondheid", "vitaliteit-gezondheid")]
    [InlineData("  Samenleving: cohesie en vertrouwen!  ", "samenleving-cohesie-en-vertrouwen")]
    [InlineData("Één dialoog", "een-dialoog")]
    [InlineData("!!!", "item")]
    public void Makes_slugs_from_Dutch_titles(string title, string slug)
    {
        Assert.Equal(slug, Slugs.From(title));
        Assert.True(Slugs.IsValid(Slugs.From(title)));
    }

    [Fact]
    public void Cuts_long_titles_without_a_trailing_hyphen()
    {
        var slug = Slugs.From(string.Join(" ", Enumerable.Repeat("dialoog", 40)));
        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("a-b", true)]
    [InlineData("A-b", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Validates_slugs(string? slug, bool valid) => Assert.Equal(valid, Slugs.IsValid(slug));
}
