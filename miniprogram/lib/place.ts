/** The place the person chose on the home page (their village or community), kept on the phone. */
export interface Place {
  id: string;
  name: string;
  jurisdiction: string | null;
}

const KEY = 'place';

export function chosenPlace(): Place | null {
  return (wx.getStorageSync(KEY) as Place) || null;
}

export function choosePlace(place: Place | null): void {
  if (place) wx.setStorageSync(KEY, place);
  else wx.removeStorageSync(KEY);
}
