using System.Net;
using System.Net.Sockets;

namespace System.Net.Http
{
    /// <summary>The .NET 8 classification of <see cref="HttpRequestException"/> (same members and values).</summary>
    internal enum HttpRequestError
    {
        Unknown = 0,
        NameResolutionError,
        ConnectionError,
        SecureConnectionError,
        HttpProtocolError,
        ExtendedConnectNotSupported,
        VersionNegotiationError,
        UserAuthenticationError,
        ProxyTunnelError,
        InvalidResponse,
        ResponseEnded,
        ConfigurationLimitExceeded,
    }
}

namespace Hireflix.Sdk
{
    internal static class HttpRequestErrorPolyfill
    {
        extension(HttpRequestException exception)
        {
            /// <summary>
            /// What .NET 8 reports as <c>HttpRequestException.HttpRequestError</c>, read from the inner exceptions
            /// that older stacks give: .NET Framework wraps a <see cref="WebException"/>, .NET Core a
            /// <see cref="SocketException"/>. Only name resolution is told apart; the retry rule's other checks look
            /// at the inner <see cref="SocketException"/> itself, as they do on .NET 8.
            /// </summary>
            public HttpRequestError HttpRequestError
            {
                get
                {
                    for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
                    {
                        if (inner is WebException { Status: WebExceptionStatus.NameResolutionFailure }
                            or SocketException { SocketErrorCode: SocketError.HostNotFound })
                        {
                            return HttpRequestError.NameResolutionError;
                        }
                    }

                    return HttpRequestError.Unknown;
                }
            }
        }
    }
}
