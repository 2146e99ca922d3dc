using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace CasuistiekBot.Framework.Hosting;

/// <summary>Reads a request body up to a limit without trusting Content-Length; null when the body is too large.</summary>
internal static class RequestBodyReader
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, (int?)request.ContentLength + 1 ?? 16 * 1024));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit) return null;
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit + 1) - length), cancellationToken);
                if (read == 0) break;
                length += read;
                if (length > limit) return null;
            }
            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
