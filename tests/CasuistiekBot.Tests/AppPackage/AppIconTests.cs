using System.IO.Compression;

namespace CasuistiekBot.Tests.AppPackage;

/// <summary>The Teams icon rules, checked on the icons inside the package: sizes, and the outline white on transparent.</summary>
public sealed class AppIconTests : IDisposable
{
    private readonly AppPackageKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public async Task The_colour_icon_is_192_pixels_square_and_fully_opaque_with_more_than_one_colour()
    {
        var color = await IconAsync("color");

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.All(Pixels(color), p => Assert.Equal(255, p.A));
        Assert.True(Pixels(color).Select(p => (p.R, p.G, p.B)).Distinct().Count() >= 3, "the colour icon should show a drawing, not a flat square");
    }

    [Fact]
    public async Task The_outline_icon_is_32_pixels_square_white_on_a_transparent_background()
    {
        var outline = await IconAsync("outline");

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        var visible = Pixels(outline).Where(p => p.A > 0).ToList();
        Assert.All(visible, p => Assert.True(p is { R: 255, G: 255, B: 255 }, $"a visible pixel is not white: {p}"));
        Assert.Equal(0, outline.Pixel(0, 0).A);
        Assert.InRange(visible.Count, 32, 32 * 32 / 2);
    }

    [Fact]
    public void The_png_reader_rejects_what_is_not_a_png()
    {
        Assert.Throws<InvalidDataException>(() => PngImage.Read("GIF89a not a png"u8.ToArray()));
    }

    private async Task<PngImage> IconAsync(string kind)
    {
        await _kit.BuildAsync();
        var name = AppPackageKit.Manifest(_kit.Unpack())["icons"]![kind]!.GetValue<string>();
        using var zip = ZipFile.OpenRead(_kit.ZipPath);
        using var stream = new MemoryStream();
        await using (var entry = zip.GetEntry(name)!.Open()) await entry.CopyToAsync(stream);
        return PngImage.Read(stream.ToArray());
    }

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(PngImage image) =>
        Enumerable.Range(0, image.Height).SelectMany(y => Enumerable.Range(0, image.Width).Select(x => image.Pixel(x, y)));
}
