import type { MESSENGER_CHANNELS } from '../facts';

/** A chat app: every contact channel but phone, email and url. */
export type MessengerChannel = (typeof MESSENGER_CHANNELS)[number];
