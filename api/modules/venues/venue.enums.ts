import { registerEnumType } from 'type-graphql';

export enum VenueKind {
  CANTEEN = 'CANTEEN',
  POINTS_SUPERMARKET = 'POINTS_SUPERMARKET',
  LAW_HOUSE = 'LAW_HOUSE',
  SAFE_COMMUNITY_STATION = 'SAFE_COMMUNITY_STATION',
  ELDERLY_DAY_CARE = 'ELDERLY_DAY_CARE',
  REST_STATION = 'REST_STATION',
  CULTURE_CENTRE = 'CULTURE_CENTRE',
  PARTY_SERVICE_CENTRE = 'PARTY_SERVICE_CENTRE',
  OTHER = 'OTHER',
}
registerEnumType(VenueKind, {
  name: 'VenueKind',
  description: 'What a venue (阵地) is for.',
  valuesConfig: {
    CANTEEN: { description: 'Canteen for elderly people and residents (长者食堂/社区食堂).' },
    POINTS_SUPERMARKET: {
      description: 'Points supermarket (雷锋超市/积分超市): volunteers spend service points there.',
    },
    LAW_HOUSE: { description: 'Legal-aid house (法律之家), e.g. 123法律之家.' },
    SAFE_COMMUNITY_STATION: {
      description: 'Safe-community station (平安社区工作站), usually divided into zones.',
    },
    ELDERLY_DAY_CARE: { description: 'Elderly day-care centre (日间照料中心).' },
    REST_STATION: {
      description: 'Rest station for delivery riders and outdoor workers (小蜜蜂驿站/暖心驿站).',
    },
    CULTURE_CENTRE: { description: 'Culture centre (文化中心/文化活动室) with rooms residents can book.' },
    PARTY_SERVICE_CENTRE: { description: 'Party-building service centre (党群服务中心).' },
    OTHER: { description: 'Any other venue (其他阵地).' },
  },
});

export enum Amenity {
  HEATER = 'HEATER',
  MICROWAVE = 'MICROWAVE',
  PHONE_CHARGER = 'PHONE_CHARGER',
  FIRST_AID_KIT = 'FIRST_AID_KIT',
  DRINKING_WATER = 'DRINKING_WATER',
  AIR_CONDITIONING = 'AIR_CONDITIONING',
  WIFI = 'WIFI',
  RESTROOM = 'RESTROOM',
  SEATING = 'SEATING',
  UMBRELLA = 'UMBRELLA',
  ACCESSIBLE_ENTRANCE = 'ACCESSIBLE_ENTRANCE',
  PROJECTOR = 'PROJECTOR',
  BLOOD_PRESSURE_MONITOR = 'BLOOD_PRESSURE_MONITOR',
  REPAIR_KIT = 'REPAIR_KIT',
  READING_CORNER = 'READING_CORNER',
}
registerEnumType(Amenity, {
  name: 'Amenity',
  description: 'Something a venue or space offers (便民设施).',
  valuesConfig: {
    HEATER: { description: 'Heater or warm room (取暖).' },
    MICROWAVE: { description: 'Microwave for heating meals (微波炉).' },
    PHONE_CHARGER: { description: 'Phone and e-bike battery chargers (充电).' },
    FIRST_AID_KIT: { description: 'First-aid kit (急救箱/医药箱).' },
    DRINKING_WATER: { description: 'Drinking water, hot and cold (饮水).' },
    AIR_CONDITIONING: { description: 'Air conditioning (空调).' },
    WIFI: { description: 'Free Wi-Fi (无线网络).' },
    RESTROOM: { description: 'Restroom (卫生间).' },
    SEATING: { description: 'Seats for a rest (休息座椅).' },
    UMBRELLA: { description: 'Umbrellas to borrow (爱心雨伞).' },
    ACCESSIBLE_ENTRANCE: { description: 'Step-free, accessible entrance (无障碍通道).' },
    PROJECTOR: { description: 'Projector or screen (投影仪).' },
    BLOOD_PRESSURE_MONITOR: { description: 'Blood-pressure monitor for self-checks (血压计).' },
    REPAIR_KIT: { description: 'Tools for small repairs (维修工具箱).' },
    READING_CORNER: { description: 'Books and a reading corner (阅读角).' },
  },
});

export enum VenueSpaceKind {
  ZONE = 'ZONE',
  ROOM = 'ROOM',
}
registerEnumType(VenueSpaceKind, {
  name: 'VenueSpaceKind',
  description: 'What a part of a venue is.',
  valuesConfig: {
    ZONE: { description: 'A functional zone (功能区), e.g. the four zones of a safe-community station.' },
    ROOM: { description: 'A room (活动室/功能室); rooms may be bookable.' },
  },
});

/** Weekdays in ISO order (Monday first), as Chinese opening hours are written. */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'Day of the week.',
  valuesConfig: {
    MONDAY: { description: 'Monday (周一).' },
    TUESDAY: { description: 'Tuesday (周二).' },
    WEDNESDAY: { description: 'Wednesday (周三).' },
    THURSDAY: { description: 'Thursday (周四).' },
    FRIDAY: { description: 'Friday (周五).' },
    SATURDAY: { description: 'Saturday (周六).' },
    SUNDAY: { description: 'Sunday (周日).' },
  },
});

export const WEEKDAYS: readonly Weekday[] = Object.values(Weekday);
