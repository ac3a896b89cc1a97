using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class ThemeAliasConfiguration : IEntityTypeConfiguration<ThemeAlias>
{
    public void Configure(EntityTypeBuilder<ThemeAlias> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Label).HasMaxLength(Theme.NameMaxLength); // unique on lower(label): see migration Initial
        builder.HasOne(x => x.Theme).WithMany().HasForeignKey(x => x.ThemeId);
        builder.HasIndex(x => x.ThemeId);
    }
}
