package org.emotionworkbench.training;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A {@link Vertx} whose HTTP servers can only listen on one host and port. DL4J's {@code VertxUIServer} calls
 * {@code vertx.createHttpServer().requestHandler(r).listen(port, handler)}, and Vert.x 3.9's
 * {@code HttpServerImpl.listen(int, Handler)} hard-codes the host {@code "0.0.0.0"} (all interfaces), whatever the
 * server options say; DL4J reads no host setting. So this proxy hands out servers whose every {@code listen(...)}
 * variant becomes {@code listen(port, host, handler)}. Everything else is delegated unchanged.
 */
final class LoopbackVertx {
    private LoopbackVertx() {
    }

    /** {@code vertx}, except that HTTP servers listen on {@code host:port} only (port 0: a free one). */
    static Vertx wrap(Vertx vertx, String host, int port) {
        return proxy(vertx, (self, method, args) -> {
            if (method.getName().equals("createHttpServer")) {
                HttpServerOptions options = args == null || args.length == 0 ? new HttpServerOptions()
                        : new HttpServerOptions((HttpServerOptions) args[0]);
                return server(vertx.createHttpServer(options.setHost(host).setPort(port)), host, port);
            }
            return null;
        });
    }

    private static HttpServer server(HttpServer real, String host, int port) {
        return proxy(real, (self, method, args) -> {
            if (!method.getName().equals("listen")) {
                return null;
            }
            Handler<?> handler = null;
            if (args != null && args.length > 0 && args[args.length - 1] instanceof Handler<?> h) {
                handler = h;
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            HttpServer result = handler == null ? real.listen(port, host) : real.listen(port, host, (Handler) handler);
            return result == real ? self : result;
        });
    }

    /** Calls {@code override} first (non-null result wins), else the real method; fluent results map to the proxy. */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(T real, InvocationHandler override) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = real.getClass(); c != null; c = c.getSuperclass()) {
            collect(c, interfaces);
        }
        InvocationHandler handler = (self, method, args) -> {
            Object overridden = override.invoke(self, method, args);
            if (overridden != null) {
                return overridden;
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> invoke(real, method, args);
                };
            }
            Object result = invoke(real, method, args);
            return result == real ? self : result;
        };
        return (T) Proxy.newProxyInstance(real.getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    private static void collect(Class<?> c, Set<Class<?>> into) {
        for (Class<?> i : c.getInterfaces()) {
            if (java.lang.reflect.Modifier.isPublic(i.getModifiers()) && into.add(i)) {
                collect(i, into);
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
