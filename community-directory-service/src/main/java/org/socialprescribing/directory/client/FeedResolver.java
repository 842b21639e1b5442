package org.socialprescribing.directory.client;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a feed's host up: the JVM's resolver in the service; tests give fixed answers (and count the look-ups). */
@FunctionalInterface
public interface FeedResolver {

    FeedResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
